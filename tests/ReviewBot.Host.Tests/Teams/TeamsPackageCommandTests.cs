using System.IO.Compression;
using ReviewBot.Host.Cli;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

public class TeamsPackageCommandTests
{
    [Fact]
    public async Task The_teams_package_verb_builds_the_uploadable_zip_from_the_repositorys_manifest_with_the_app_id_and_host_given()
    {
        using var folder = new TemporaryFolder();
        var zip = folder.File("reviewbot-teams.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OperatorCommands.RunAsync(
            ["teams-package", zip, "--app-id", "3d1e7f0a-52c4-4b8e-9a61-0f2d8c7b5e94", "--host", "bot.acme-exports.com"],
            output, error, TestContext.Current.CancellationToken);

        Assert.Equal((0, ""), (exitCode, error.ToString()));
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var manifest = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var text = await manifest.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("3d1e7f0a-52c4-4b8e-9a61-0f2d8c7b5e94", text, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewbot.example.com", text, StringComparison.Ordinal);
        Assert.Contains("Upload it in Teams", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_app_id_and_a_host_the_verb_refuses_to_build_a_package_holding_the_placeholders()
    {
        using var folder = new TemporaryFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OperatorCommands.RunAsync(["teams-package", folder.File("x.zip")], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("The package was not built: The manifest still holds the placeholder bot id", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--app-id", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--host", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.FullPath));
    }

    [Fact]
    public async Task An_app_id_that_is_not_one_is_refused_before_anything_is_read()
    {
        using var folder = new TemporaryFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OperatorCommands.RunAsync(["teams-package", folder.File("x.zip"), "--app-id", "my-bot", "--host", "bot.acme-exports.com"], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("--app-id 'my-bot' is not a Microsoft App ID", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.FullPath));
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
