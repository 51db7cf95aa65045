using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ReviewBot.Host.Import;

namespace ReviewBot.Host.Tests.Slack;

/// <summary><c>/review plan export</c> in Slack: the team file arrives in the manager's direct messages, and the import reads it.</summary>
public class SlackPlanExportTests
{
    private const string Mei = "U0MEILIN";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_team_file_arrives_as_a_file_in_the_managers_direct_messages_and_reads_back()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var answer = await (await host.CommandAsync(Mei, "plan export 2026-Q4", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal("ephemeral", answer!["response_type"]!.GetValue<string>());
        var complete = (await host.WaitForCallsAsync("files.completeUploadExternal", 1, Ct)).Single();
        Assert.Equal(host.Slack.DirectMessageWith(Mei), complete.Arg("channel_id"));
        var upload = host.Slack.Uploads.Single();
        Assert.EndsWith("-2026-Q4.yaml", upload.Filename, StringComparison.Ordinal);
        var (file, errors) = OkrFileReader.Read(Encoding.UTF8.GetString(upload.Content!));
        Assert.Empty(errors);
        Assert.Equal(Core.Workspaces.ChatPlatform.Slack, file!.Platform);
        Assert.NotEmpty(file.Objectives);
    }
}
