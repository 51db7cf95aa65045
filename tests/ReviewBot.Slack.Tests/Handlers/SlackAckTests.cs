using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Blocks;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.Tests.Handlers;

public class SlackAckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The acknowledgement as the HTTP endpoint writes it: status, content type and body.</summary>
    private static async Task<(int Status, string? ContentType, string Body)> WrittenAsync(SlackAck ack)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;

        await ReviewBot.Slack.SlackEndpoints.AckResult(ack).ExecuteAsync(context);

        return (context.Response.StatusCode, context.Response.ContentType, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task A_view_submission_with_errors_answers_response_action_errors_keyed_by_block()
    {
        var ack = new SlackAck.ViewErrors(new Dictionary<string, string> { ["kr.1.value"] = "I couldn't read 'abc' as a USD amount.", ["blockers"] = "Too long." });

        var (status, contentType, body) = await WrittenAsync(ack);

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        var expected = JsonNode.Parse("""{"response_action":"errors","errors":{"kr.1.value":"I couldn't read 'abc' as a USD amount.","blockers":"Too long."}}""");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(body)), body);
    }

    [Fact]
    public async Task The_empty_ack_is_a_200_with_no_body()
    {
        var (status, _, body) = await WrittenAsync(new SlackAck.Empty());

        Assert.Equal((StatusCodes.Status200OK, ""), (status, body));
        Assert.Null(SlackAckJson.Payload(new SlackAck.Empty()));
    }

    [Fact]
    public async Task The_url_check_is_answered_with_its_challenge_as_plain_text()
    {
        var (status, contentType, body) = await WrittenAsync(new SlackAck.Challenge("3eZbrw1aBm2rZgRN"));

        Assert.Equal((StatusCodes.Status200OK, "3eZbrw1aBm2rZgRN"), (status, body));
        Assert.StartsWith("text/plain", contentType, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_note_is_ephemeral_text()
    {
        var payload = SlackAckJson.Payload(new SlackAck.Ephemeral("Working on it…"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"response_type":"ephemeral","text":"Working on it…"}"""), payload), payload?.ToJsonString());
    }

    [Fact]
    public void A_commands_reply_for_the_channel_is_in_channel_and_does_not_replace_the_command()
    {
        var blocks = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "*Export Sales*" } });

        var payload = SlackAckJson.Payload(new SlackAck.CommandReply(new SlackMessage("Export Sales", blocks), ReplyAudience.Channel))!;

        Assert.Equal("in_channel", payload["response_type"]!.GetValue<string>());
        Assert.False(payload["replace_original"]!.GetValue<bool>());
        Assert.Equal("Export Sales", payload["text"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(blocks, payload["blocks"]));
    }

    [Fact]
    public void A_replacement_view_answers_response_action_update_with_that_view()
    {
        var view = new JsonObject { ["type"] = "modal", ["callback_id"] = "checkin|weekly-checkin|2026-Q4|9" };

        var payload = SlackAckJson.Payload(new SlackAck.ViewUpdate(view))!;

        Assert.Equal("update", payload["response_action"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(view, payload["view"]));
    }
}
