using ReviewBot.Host.Cli;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary><c>run prompts|reminders|quarter-review|digest|planning [--team] [--now]</c> over the demo team.</summary>
public class RunCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string DemoFile => Path.Combine(AppContext.BaseDirectory, "Import", "Files", "export-sales.yaml");

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await OperatorCommands.RunAsync(args, output, error, Ct);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Running_the_prompts_at_an_instant_sends_what_is_due_once_and_names_each_member()
    {
        using var folder = new TemporaryFolder();
        var data = $"--Storage:DataFolder={folder.FullPath}";
        Assert.Equal(0, (await RunAsync("import", DemoFile, data)).ExitCode);

        // Friday 27 November 2026, 23:00 UTC: past the 16:00 check-in in Kolkata, Berlin and New York.
        var first = await RunAsync("run", "prompts", "--now", "2026-11-27T23:00:00Z", data);
        var again = await RunAsync("run", "prompts", "--now", "2026-11-28T00:00:00+01:00", data);

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("prompts at 2026-11-27 23:00Z over 1 team(s): 3 due (3 new, 0 unfinished).", lines[0]);
        Assert.Equal(["weekly prompt to Andy Miller: sent", "weekly prompt to Ben Weber: sent", "weekly prompt to Cindy Sharma: sent"], lines[1..].Order(StringComparer.Ordinal));
        Assert.Equal((0, "prompts at 2026-11-27 23:00Z over 1 team(s): 0 due (0 new, 0 unfinished)."), (again.ExitCode, again.Output.Trim()));
    }

    [Fact]
    public async Task Running_the_planning_pass_in_the_last_week_asks_each_member_owning_key_results_once_and_nothing_else()
    {
        using var folder = new TemporaryFolder();
        var data = $"--Storage:DataFolder={folder.FullPath}";
        var lastWeek = Path.Combine(folder.FullPath, "last-week.yaml");
        await File.WriteAllTextAsync(lastWeek, (await File.ReadAllTextAsync(DemoFile, Ct)).Replace("  summaryChannels:\n", "  planning:\n    prompt: last-week\n  summaryChannels:\n", StringComparison.Ordinal), Ct);
        Assert.Equal(0, (await RunAsync("import", lastWeek, data)).ExitCode);

        // Monday 28 December 2026, 23:00 UTC: past 16:00 on the last week's first day in Kolkata, Berlin and New York.
        var first = await RunAsync("run", "planning", "--now", "2026-12-28T23:00:00Z", data);
        var again = await RunAsync("run", "planning", "--now", "2026-12-29T00:00:00Z", data);

        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("planning at 2026-12-28 23:00Z over 1 team(s): 3 due (3 new, 0 unfinished).", lines[0]);
        Assert.Equal(["planning prompt to Andy Miller", "planning prompt to Ben Weber", "planning prompt to Cindy Sharma"], lines[1..].Select(l => l.Split(':')[0]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("retrospective", first.Output, StringComparison.Ordinal);
        Assert.StartsWith("planning at 2026-12-29 00:00Z over 1 team(s): 0 due (0 new, ", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_named_team_is_run_and_an_unknown_team_is_refused()
    {
        using var folder = new TemporaryFolder();
        var data = $"--Storage:DataFolder={folder.FullPath}";
        Assert.Equal(0, (await RunAsync("import", DemoFile, data)).ExitCode);

        var named = await RunAsync("run", "reminders", "--team", "Export Sales", "--now", "2026-11-27T23:00:00Z", data);
        var unknown = await RunAsync("run", "prompts", "--team", "Inside Sales", data);

        Assert.Equal((0, "reminders at 2026-11-27 23:00Z over 1 team(s): 0 due (0 new, 0 unfinished)."), (named.ExitCode, named.Output.Trim()));
        Assert.Equal((2, "No team is called 'Inside Sales'. Use a team's key or name from its OKR file."), (unknown.ExitCode, unknown.Error.Trim()));
    }

    [Theory]
    [InlineData("2026-11-27", "--now '2026-11-27' is not an ISO-8601 instant with an offset")]
    [InlineData("2026-11-27T09:00:00", "--now '2026-11-27T09:00:00' is not an ISO-8601 instant with an offset")]
    [InlineData("next friday", "--now 'next friday' is not an ISO-8601 instant with an offset")]
    public async Task A_now_without_an_offset_is_refused_with_an_example(string now, string message)
    {
        using var folder = new TemporaryFolder();

        var (exitCode, _, error) = await RunAsync("run", "prompts", "--now", now, $"--Storage:DataFolder={folder.FullPath}");

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("2026-11-23T09:00:00+01:00", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_pass_is_refused_naming_the_ones_there_are()
    {
        var (exitCode, _, error) = await RunAsync("run", "digests");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("prompts", error, StringComparison.Ordinal);
        Assert.Contains("quarter-review", error, StringComparison.Ordinal);
    }
}
