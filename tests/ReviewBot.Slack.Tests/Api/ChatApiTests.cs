using System.Text.Json.Nodes;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Tests.Api;

public class ChatApiTests
{
    private static JsonArray SectionBlocks(string text) =>
        [new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } }];

    [Fact]
    public async Task Posts_a_message_as_utf8_json_with_the_bot_token_and_returns_its_channel_and_ts()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var posted = await h.Client.Chat.PostMessageAsync("C0SALES", "Week 12 check-in", SectionBlocks("*Week 12*"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("C0SALES", posted.Channel);
        Assert.Matches(@"^\d+\.\d{6}$", posted.Ts);
        var call = Assert.Single(h.Slack.CallsTo("chat.postMessage"));
        Assert.Equal($"Bearer {h.Slack.BotToken}", call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("C0SALES", call.Arg("channel"));
        Assert.Equal("Week 12 check-in", call.Arg("text"));
        Assert.Equal("*Week 12*", (string?)call.Json?["blocks"]?[0]?["text"]?["text"]);
        Assert.Null(call.Json?["thread_ts"]);
    }

    [Fact]
    public async Task Posting_to_a_user_id_answers_with_the_direct_message_channel()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var posted = await h.Client.Chat.PostMessageAsync("U0ANDY", "Hi Andy", threadTs: null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.StartsWith("D", posted.Channel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updates_a_posted_message_with_new_text_and_blocks()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var posted = await h.Client.Chat.PostMessageAsync("C0SALES", "Working on it…", cancellationToken: ct);

        var updated = await h.Client.Chat.UpdateAsync(posted.Channel, posted.Ts, "Quarter review ready", SectionBlocks("*Q3*"), ct);

        Assert.Equal(posted.Channel, updated.Channel);
        Assert.Equal(posted.Ts, updated.Ts);
        Assert.Equal("Quarter review ready", updated.Text);
        var call = Assert.Single(h.Slack.CallsTo("chat.update"));
        Assert.Equal(posted.Ts, call.Arg("ts"));
        Assert.Equal("*Q3*", (string?)call.Json?["blocks"]?[0]?["text"]?["text"]);
    }

    [Fact]
    public async Task Updating_a_message_slack_does_not_know_raises_message_not_found()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var e = await Assert.ThrowsAsync<SlackApiException>(() =>
            h.Client.Chat.UpdateAsync("C0SALES", "1.000001", "text", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("message_not_found", e.Error);
        Assert.Equal("chat.update", e.Method);
    }

    [Fact]
    public async Task Posts_an_ephemeral_message_that_only_one_member_sees()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var sent = await h.Client.Chat.PostEphemeralAsync("C0SALES", "U0ANDY", "Only managers can run /review remind", cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(sent.MessageTs));
        var call = Assert.Single(h.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal("U0ANDY", call.Arg("user"));
        Assert.Equal("C0SALES", call.Arg("channel"));
        Assert.Null(call.Json?["blocks"]);
    }
}
