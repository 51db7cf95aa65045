using System.IO.Compression;
using ReviewBot.Host.Cli;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

public class TeamsPackageCommandTests
{
    [Fact]
    public async Task The_teams_package_verb_builds_the_uploadable_zip_from_the_repositorys_manifest()
    {
        using var folder = new TemporaryFolder();
        var zip = folder.File("reviewbot-teams.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OperatorCommands.RunAsync(["teams-package", zip], output, error, TestContext.Current.CancellationToken);

        Assert.Equal((0, ""), (exitCode, error.ToString()));
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Contains("Upload it in Teams", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_a_manifest_is_named_in_the_error()
    {
        using var folder = new TemporaryFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OperatorCommands.RunAsync(["teams-package", folder.File("x.zip"), "--manifest", folder.FullPath], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("No manifest.json found", error.ToString(), StringComparison.Ordinal);
    }
}
