using System.IO.Compression;
using System.Text.Json.Nodes;
using ReviewBot.Teams.Package;
using ReviewBot.Testing;
using static ReviewBot.Teams.Tests.Package.TeamsManifestFiles;

namespace ReviewBot.Teams.Tests.Package;

public class TeamsAppPackageTests
{
    [Fact]
    public async Task The_package_holds_exactly_the_manifest_and_its_two_icons_at_the_top_level_and_still_validates()
    {
        using var folder = new TemporaryFolder();
        var zipPath = folder.File(Path.Combine("out", "reviewbot-teams.zip"));

        TeamsAppPackage.Build(Folder, zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var packed = new MemoryStream();
            using (var stream = entry.Open())
            {
                await stream.CopyToAsync(packed, TestContext.Current.CancellationToken);
            }

            Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, entry.FullName)), packed.ToArray());
        }

        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync(TestContext.Current.CancellationToken))!;
        Assert.Empty(Errors(await SchemaAsync(), manifest));
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes_and_replaces_the_old_zip()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.zip"), "an older, broken package");

        TeamsAppPackage.Build(Folder, folder.File("a.zip"));
        TeamsAppPackage.Build(Folder, folder.File("b.zip"));

        Assert.Equal(File.ReadAllBytes(folder.File("a.zip")), File.ReadAllBytes(folder.File("b.zip")));
        Assert.False(File.Exists(folder.File("a.zip.partial")));
    }

    [Fact]
    public void A_missing_icon_stops_the_build_and_names_the_file_without_leaving_a_zip()
    {
        using var source = new TemporaryFolder();
        using var output = new TemporaryFolder();
        File.Copy(Path.Combine(Folder, "manifest.json"), source.File("manifest.json"));
        File.Copy(Path.Combine(Folder, "color.png"), source.File("color.png"));

        var error = Assert.Throws<FileNotFoundException>(() => TeamsAppPackage.Build(source.FullPath, output.File("app.zip")));

        Assert.Contains("outline.png", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output.FullPath));
    }
}
