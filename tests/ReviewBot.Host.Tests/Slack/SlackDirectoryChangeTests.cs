using ReviewBot.Host.Cli;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// The host keeps the directory (workspace, teams, members) in memory between commands; what the import verb writes
/// to the same database, as another process would, is what the very next command sees.
/// </summary>
public class SlackDirectoryChangeTests
{
    private const string Mei = "U0MEILIN";
    private const string Nina = "U0NINA";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> AnswerAsync(SlackHost host, string userId, string text)
    {
        using var response = await host.CommandAsync(userId, text, Ct);
        response.EnsureSuccessStatusCode();
        // Unescaped, so that a Chinese answer reads as written.
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The demo file as the host imported it, with the team renamed and Nina added, through the import verb.</summary>
    private static async Task ImportChangedFileAsync(SlackHost host)
    {
        var yaml = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "export-sales.yaml"), Ct))
            .Replace("  platform: playground", "  platform: slack", StringComparison.Ordinal)
            .Replace("  id: demo", $"  id: {FakeSlackServer.TeamId}", StringComparison.Ordinal)
            .Replace("  name: Export Sales\n", "  name: Export Sales EMEA\n", StringComparison.Ordinal)
            .Replace(
                "members:\n",
                "members:\n  - name: Nina Novak\n    email: nina.novak@example.com\n    slackUserId: U0NINA\n    role: member\n    market: US\n    timeZone: America/New_York\n    locale: en-US\n",
                StringComparison.Ordinal);
        using var folder = new TemporaryFolder();
        var file = folder.File("changed.yaml");
        await File.WriteAllTextAsync(file, yaml, Ct);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await OperatorCommands.RunAsync(["import", file, $"--Storage:DataFolder={host.DataFolder}"], output, error, Ct);

        Assert.Equal((0, ""), (exitCode, error.ToString()));
    }

    [Fact]
    public async Task A_team_the_import_verb_renamed_is_named_so_in_the_next_command()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var before = await AnswerAsync(host, Mei, "help");
        // Mei reads zh-CN.
        Assert.Contains("作为 Export Sales 的经理", before, StringComparison.Ordinal);
        Assert.DoesNotContain("EMEA", before, StringComparison.Ordinal);

        await ImportChangedFileAsync(host);

        Assert.Contains("作为 Export Sales EMEA 的经理", await AnswerAsync(host, Mei, "help"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_the_import_verb_added_is_known_at_their_next_command_though_they_were_unknown_before()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        Assert.Contains("I don't know you in this workspace yet", await AnswerAsync(host, Nina, "help"), StringComparison.Ordinal);

        await ImportChangedFileAsync(host);

        var answer = await AnswerAsync(host, Nina, "help");
        Assert.Contains("What you can do, Nina", answer, StringComparison.Ordinal);
        Assert.Contains("As a member of Export Sales EMEA", answer, StringComparison.Ordinal);
    }
}
