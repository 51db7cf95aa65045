using System.IO.Compression;
using System.Text.Json.Nodes;
using ReviewBot.Teams.Package;
using ReviewBot.Testing;
using static ReviewBot.Teams.Tests.Package.TeamsManifestFiles;

namespace ReviewBot.Teams.Tests.Package;

public class TeamsAppPackageTests
{
    private static readonly Guid AppId = Guid.Parse("3d1e7f0a-52c4-4b8e-9a61-0f2d8c7b5e94");

    private static readonly TeamsAppDeployment Deployment = new(AppId, "bot.acme-exports.com");

    private static readonly string[] DeveloperUrls = ["websiteUrl", "privacyUrl", "termsOfUseUrl"];

    [Fact]
    public async Task The_package_holds_the_manifest_with_the_deployments_bot_id_and_host_and_its_two_icons_at_the_top_level_and_still_validates()
    {
        using var folder = new TemporaryFolder();
        var zipPath = folder.File(Path.Combine("out", "reviewbot-teams.zip"));

        TeamsAppPackage.Build(Folder, zipPath, Deployment);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var packed = new MemoryStream();
            using (var stream = zip.GetEntry(icon)!.Open())
            {
                await stream.CopyToAsync(packed, TestContext.Current.CancellationToken);
            }

            Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, icon)), packed.ToArray());
        }

        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var packedManifest = JsonNode.Parse(await reader.ReadToEndAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.Empty(Errors(await SchemaAsync(), packedManifest));
        Assert.Equal(AppId.ToString("D"), (string?)packedManifest["bots"]![0]!["botId"]);
        Assert.Equal(["bot.acme-exports.com"], packedManifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(
            ["https://bot.acme-exports.com", "https://bot.acme-exports.com/privacy", "https://bot.acme-exports.com/terms"],
            DeveloperUrls.Select(key => (string?)packedManifest["developer"]![key]));

        // Everything else is the repository's manifest as it is.
        var expected = Manifest();
        expected["bots"]![0]!["botId"] = AppId.ToString("D");
        expected["validDomains"] = new JsonArray("bot.acme-exports.com");
        expected["developer"] = packedManifest["developer"]!.DeepClone();
        Assert.True(JsonNode.DeepEquals(expected, packedManifest));
    }

    [Fact]
    public void The_repositorys_manifest_without_an_app_id_and_a_host_is_refused_naming_both_placeholders_and_what_replaces_them()
    {
        using var folder = new TemporaryFolder();

        var refused = Assert.Throws<TeamsPackageRefusedException>(() => TeamsAppPackage.Build(Folder, folder.File("app.zip"), TeamsAppDeployment.AsInManifest));

        Assert.Contains(TeamsAppPackage.PlaceholderBotId, refused.Message, StringComparison.Ordinal);
        Assert.Contains("--app-id", refused.Message, StringComparison.Ordinal);
        Assert.Contains(TeamsAppPackage.PlaceholderHost, refused.Message, StringComparison.Ordinal);
        Assert.Contains("--host", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.FullPath));
    }

    [Fact]
    public void An_app_id_without_a_host_is_still_refused_for_the_placeholder_host_alone()
    {
        using var folder = new TemporaryFolder();

        var refused = Assert.Throws<TeamsPackageRefusedException>(() => TeamsAppPackage.Build(Folder, folder.File("app.zip"), new TeamsAppDeployment(AppId, null)));

        Assert.DoesNotContain(TeamsAppPackage.PlaceholderBotId, refused.Message, StringComparison.Ordinal);
        Assert.Contains("--host", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.FullPath));
    }

    [Fact]
    public void A_manifest_an_operator_already_filled_in_is_packed_as_it_is_with_their_own_extra_domains_kept()
    {
        using var source = new TemporaryFolder();
        using var output = new TemporaryFolder();
        var own = Manifest();
        own["bots"]![0]!["botId"] = AppId.ToString("D");
        own["developer"]!["websiteUrl"] = "https://okr.acme-exports.com";
        own["developer"]!["privacyUrl"] = "https://okr.acme-exports.com/privacy";
        own["developer"]!["termsOfUseUrl"] = "https://okr.acme-exports.com/terms";
        own["validDomains"] = new JsonArray("okr.acme-exports.com", "files.acme-exports.com");
        File.WriteAllText(source.File("manifest.json"), own.ToJsonString());
        File.Copy(Path.Combine(Folder, "color.png"), source.File("color.png"));
        File.Copy(Path.Combine(Folder, "outline.png"), source.File("outline.png"));

        TeamsAppPackage.Build(source.FullPath, output.File("app.zip"), TeamsAppDeployment.AsInManifest);

        using var zip = ZipFile.OpenRead(output.File("app.zip"));
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        Assert.True(JsonNode.DeepEquals(own, JsonNode.Parse(reader.ReadToEnd())));
    }

    [Theory]
    [InlineData("not-a-guid", null, "--app-id 'not-a-guid' is not a Microsoft App ID")]
    [InlineData("00000000-0000-0000-0000-000000000000", null, "is not a Microsoft App ID")]
    [InlineData(null, "https://bot.acme-exports.com/", "without https:// or a path")]
    [InlineData(null, "localhost", "is not a host name")]
    [InlineData(null, "reviewbot.example.com", "is the repository's placeholder")]
    public void An_app_id_or_host_that_cannot_be_one_is_refused_with_what_would_work(string? appId, string? host, string expected)
    {
        Assert.False(TeamsAppDeployment.TryParse(appId, host, out _, out var problem));

        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_id_and_host_as_people_paste_them_are_read()
    {
        Assert.True(TeamsAppDeployment.TryParse(" 3D1E7F0A-52C4-4B8E-9A61-0F2D8C7B5E94 ", "Bot.Acme-Exports.com.", out var deployment, out var problem));

        Assert.Null(problem);
        Assert.Equal(Deployment, deployment);
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes_and_replaces_the_old_zip()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.zip"), "an older, broken package");

        TeamsAppPackage.Build(Folder, folder.File("a.zip"), Deployment);
        TeamsAppPackage.Build(Folder, folder.File("b.zip"), Deployment);

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

        var error = Assert.Throws<FileNotFoundException>(() => TeamsAppPackage.Build(source.FullPath, output.File("app.zip"), Deployment));

        Assert.Contains("outline.png", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output.FullPath));
    }
}
