using Dapper;
using ReviewBot.Host.Cli;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Import;

public class ImportCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Files", name);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await OperatorCommands.RunAsync(args, output, error, Ct);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Imports_the_demo_file_twice_with_the_same_result()
    {
        using var folder = new TemporaryFolder();
        var dataFolder = $"--Storage:DataFolder={folder.FullPath}";

        var first = await RunAsync("import", TestFile("export-sales.yaml"), dataFolder);
        var second = await RunAsync("import", TestFile("export-sales.yaml"), dataFolder);

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        Assert.Contains("key results: 7 created, 0 updated, 0 unchanged, 0 removed", first.Output, StringComparison.Ordinal);
        Assert.Equal((0, ""), (second.ExitCode, second.Error));
        Assert.Contains("team 'Export Sales', 2026-Q4; nothing changed.", second.Output, StringComparison.Ordinal);
        Assert.Contains("key results: 0 created, 0 updated, 7 unchanged, 0 removed", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("reviewbot.db")));
    }

    [Fact]
    public async Task An_invalid_file_is_refused_whole_with_every_error_listed_and_nothing_written()
    {
        using var folder = new TemporaryFolder();

        var (exitCode, output, error) = await RunAsync("import", TestFile("five-errors.yaml"), $"--Storage:DataFolder={folder.FullPath}");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("five-errors.yaml was not imported; nothing was written. Fix these 5 problem(s) and run the import again:", lines[0]);
        Assert.Equal(5, lines.Count(l => l.StartsWith("line ", StringComparison.Ordinal)));
        Assert.False(File.Exists(folder.File("reviewbot.db")));
    }

    [Fact]
    public async Task A_dry_run_writes_nothing()
    {
        using var folder = new TemporaryFolder();

        var (exitCode, output, _) = await RunAsync("import", TestFile("export-sales.yaml"), "--dry-run", $"--Storage:DataFolder={folder.FullPath}");

        Assert.Equal(0, exitCode);
        Assert.Contains("nothing was written", output, StringComparison.Ordinal);
        await using var connection = await Database.ForFile(folder.File("reviewbot.db")).OpenAsync(Ct);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM workspaces"));
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_error()
    {
        var (exitCode, _, error) = await RunAsync("import", "no-such-file.yaml");

        Assert.Equal(2, exitCode);
        Assert.Contains("There is no file at ", error, StringComparison.Ordinal);
        Assert.Contains("no-such-file.yaml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_storage_setting_stops_the_import_with_a_message_naming_it()
    {
        var (exitCode, _, error) = await RunAsync("import", TestFile("export-sales.yaml"), "--Storage:Provider=Oracle");

        Assert.Equal(2, exitCode);
        Assert.Contains("Storage:Provider is 'Oracle'; it must be Sqlite or Postgres.", error, StringComparison.Ordinal);
    }
}
