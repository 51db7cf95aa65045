using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Handlers;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>A review's charts and exports reach Slack as files (files v2), and its report as a link.</summary>
public class SlackReviewFilesTests
{
    private const string Mei = "U0MEILIN";
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_review_posted_to_the_channel_links_its_report_and_shares_its_charts_there()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var posted = await (await host.CommandAsync(Mei, "quarter post", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal("in_channel", posted!["response_type"]!.GetValue<string>());
        var blocks = string.Join("\n", posted["blocks"]!.AsArray().Select(b => b!["text"]?["text"]?.GetValue<string>()));
        Assert.Matches(@"<http://[^|>]+/reports/[A-Za-z0-9_-]{43}\|Open the full report>", blocks);
        var complete = (await host.WaitForCallsAsync("files.completeUploadExternal", 1, Ct)).Single();
        Assert.Equal("C0SALES", complete.Arg("channel_id"));
        var uploads = host.Slack.Uploads;
        Assert.Equal(["ExportSales-2026-Q4-attainment.png", "ExportSales-2026-Q4-revenue.png"], uploads.Select(u => u.Filename).Order());
        Assert.All(uploads, u => Assert.Equal(PngSignature, u.Content![..4]));
        Assert.All(uploads, u => Assert.Equal(u.DeclaredLength, u.Content!.Length));
    }

    [Fact]
    public async Task An_export_arrives_as_a_file_in_the_managers_direct_messages_only()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var answer = await (await host.CommandAsync(Mei, "quarter xlsx", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal("ephemeral", answer!["response_type"]!.GetValue<string>());
        // Mei's locale is zh-CN.
        Assert.Contains("下载 Excel", answer.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        var complete = (await host.WaitForCallsAsync("files.completeUploadExternal", 1, Ct)).Single();
        Assert.Equal(host.Slack.DirectMessageWith(Mei), complete.Arg("channel_id"));
        var file = host.Slack.Uploads.Single();
        Assert.Equal("ExportSales-2026-Q4.xlsx", file.Filename);
        // An XLSX is a zip: "PK".
        Assert.Equal("PK"u8.ToArray(), file.Content![..2]);
    }

    [Fact]
    public async Task The_review_posted_by_itself_puts_its_charts_in_the_posts_thread()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var (engine, messenger, team) = await ScheduledAsync(host);

        var sent = await messenger.PostToChannelAsync(team.WorkspaceId, "C0SUMMARY", await engine.QuarterReviewPostAsync(team, new Quarter(2026, 4), Ct), deliveryKey: null, Ct);

        var post = host.Slack.Messages.First(m => m.Channel == "C0SUMMARY");
        Assert.Contains(post.Ts, sent.Reference, StringComparison.Ordinal);
        var complete = host.Slack.CallsTo("files.completeUploadExternal").Single();
        Assert.Equal(("C0SUMMARY", post.Ts), (complete.Arg("channel_id"), complete.Arg("thread_ts")));
    }

    [Fact]
    public async Task A_failed_chart_upload_never_fails_a_review_that_was_posted()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var (engine, messenger, team) = await ScheduledAsync(host);
        host.Slack.FailNextWithError("files.getUploadURLExternal", "not_allowed_token_type");

        var sent = await messenger.PostToChannelAsync(team.WorkspaceId, "C0SUMMARY", await engine.QuarterReviewPostAsync(team, new Quarter(2026, 4), Ct), deliveryKey: null, Ct);

        Assert.NotNull(sent);
        Assert.Single(host.Slack.Messages, m => m.Channel == "C0SUMMARY" && m.Text.StartsWith("Export Sales · 2026-Q4 review", StringComparison.Ordinal));
        Assert.Empty(host.Slack.CallsTo("files.completeUploadExternal"));
    }

    private static async Task<(ConversationEngine Engine, IChannelMessenger Messenger, Core.People.Team Team)> ScheduledAsync(SlackHost host)
    {
        var workspace = await host.Services.GetRequiredService<SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var team = (await host.Services.GetRequiredService<IReviewStore>().ListTeamsAsync(workspace!.Id, Ct)).Single();
        return (
            host.Services.GetRequiredService<ConversationEngine>(),
            host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Slack),
            team);
    }
}
