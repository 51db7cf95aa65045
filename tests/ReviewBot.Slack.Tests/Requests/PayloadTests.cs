using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Tests.Requests;

public class PayloadTests
{
    [Fact]
    public void A_slash_command_is_read_from_its_form_fields()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["team_id"] = "T1", ["user_id"] = "U1", ["channel_id"] = "C1", ["command"] = "/review", ["text"] = "quarter last",
            ["response_url"] = "https://hooks.slack.com/commands/T1/1/x", ["trigger_id"] = "123.456",
        });

        Assert.Equal(new SlashCommand("T1", "U1", "C1", "/review", "quarter last", new Uri("https://hooks.slack.com/commands/T1/1/x"), "123.456"), SlashCommand.From(form));
    }

    [Fact]
    public void A_slash_command_is_recognised_again_by_its_trigger_id_and_not_by_what_it_says()
    {
        var first = new SlashCommand("T1", "U1", "C1", "/review", "remind", new Uri("https://hooks.slack.com/commands/T1/1/x"), "123.456");

        Assert.Equal("slack-command:123.456", first.EventKey);
        Assert.Equal(first.EventKey, (first with { ResponseUrl = new Uri("https://hooks.slack.com/commands/T1/2/y") }).EventKey);
        Assert.NotEqual(first.EventKey, (first with { TriggerId = "123.457" }).EventKey);
    }

    [Theory]
    [InlineData("team_id")]
    [InlineData("user_id")]
    [InlineData("trigger_id")]
    [InlineData("response_url")]
    public void A_slash_command_missing_a_field_is_malformed(string missing)
    {
        var fields = new Dictionary<string, StringValues>
        {
            ["team_id"] = "T1", ["user_id"] = "U1", ["channel_id"] = "C1", ["command"] = "/review",
            ["response_url"] = "https://hooks.slack.com/x", ["trigger_id"] = "1",
        };
        fields.Remove(missing);

        Assert.Null(SlashCommand.From(new FormCollection(fields)));
    }

    [Fact]
    public void A_response_url_that_is_not_http_is_malformed()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["team_id"] = "T1", ["user_id"] = "U1", ["channel_id"] = "C1", ["command"] = "/review", ["response_url"] = "file:///etc/passwd", ["trigger_id"] = "1",
        });

        Assert.Null(SlashCommand.From(form));
    }

    [Fact]
    public void A_view_submission_yields_the_forms_values_keyed_by_field()
    {
        const string Json = """
            {"type":"view_submission","team":{"id":"T1"},"user":{"id":"U1"},
             "view":{"id":"V1","hash":"h","callback_id":"checkin|weekly-checkin|2026-Q4|8","private_metadata":"{}",
               "state":{"values":{
                 "kr.1.progress.value":{"value":{"type":"plain_text_input","value":"14.2M"}},
                 "kr.1.progress.confidence":{"value":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"At risk"},"value":"at-risk"}}},
                 "blockers":{"value":{"type":"plain_text_input","value":null}}}}}}
            """;

        var payload = InteractionPayload.Parse(Json);

        Assert.Equal("checkin|weekly-checkin|2026-Q4|8", payload!.View!.CallbackId);
        Assert.Equal(new Dictionary<string, string> { ["kr.1.progress.value"] = "14.2M", ["kr.1.progress.confidence"] = "at-risk" }, payload.View.FormValues());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"type\":\"block_actions\"}")]
    [InlineData("[1,2]")]
    public void A_malformed_interaction_payload_is_refused(string json)
    {
        Assert.Null(InteractionPayload.Parse(json));
    }

    [Theory]
    [InlineData("{\"type\":\"url_verification\",\"challenge\":\"abc\"}", "url_verification")]
    [InlineData("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"text\":\"hi\",\"ts\":\"1.5\"}}", "event_callback")]
    public void Events_are_read_from_their_envelope(string json, string type)
    {
        Assert.Equal(type, EventEnvelope.Parse(Encoding.UTF8.GetBytes(json))!.Type);
    }

    [Theory]
    [InlineData("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event\":{\"type\":\"message\"}}")]
    [InlineData("{\"type\":\"url_verification\"}")]
    [InlineData("{")]
    public void A_malformed_event_is_refused(string json)
    {
        Assert.Null(EventEnvelope.Parse(Encoding.UTF8.GetBytes(json)));
    }
}
