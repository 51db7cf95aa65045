using System.Text;
using ReviewBot.Slack.Requests;
using ReviewBot.Slack.SocketMode;

namespace ReviewBot.Slack.Tests.SocketMode;

public class SocketModeMessageTests
{
    private static SocketModeMessage Parse(string json) => SocketModeMessage.Parse(Encoding.UTF8.GetBytes(json));

    private static SlackPayload? Payload(string json) => SocketModePayloads.Read(Assert.IsType<SocketModeMessage.Envelope>(Parse(json)));

    [Fact]
    public void Hello_and_disconnect_are_read_with_their_count_and_reason()
    {
        Assert.Equal(new SocketModeMessage.Hello(2), Parse("""{"type":"hello","num_connections":2,"debug_info":{"host":"applink-1"},"connection_info":{"app_id":"A1"}}"""));
        Assert.Equal(new SocketModeMessage.Disconnect("refresh_requested"), Parse("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-1"}}"""));
        Assert.Equal(new SocketModeMessage.Disconnect("link_disabled"), Parse("""{"type":"disconnect","reason":"link_disabled"}"""));
    }

    [Fact]
    public void An_envelope_keeps_its_id_type_retry_and_whether_it_takes_a_response_payload()
    {
        var envelope = Assert.IsType<SocketModeMessage.Envelope>(Parse("""{"envelope_id":"e-1","type":"events_api","accepts_response_payload":false,"retry_attempt":2,"retry_reason":"timeout","payload":{"type":"event_callback"}}"""));

        Assert.Equal(("e-1", "events_api", false, 2), (envelope.EnvelopeId, envelope.Type, envelope.AcceptsResponsePayload, envelope.RetryAttempt));
        Assert.Equal("event_callback", envelope.Payload!.Value.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"type":"something_new"}""")]
    [InlineData("{}")]
    public void What_is_neither_hello_disconnect_nor_an_envelope_is_unreadable(string json)
    {
        Assert.IsType<SocketModeMessage.Unreadable>(Parse(json));
    }

    [Fact]
    public void A_slash_command_envelope_is_the_same_command_the_http_form_gives()
    {
        var command = Payload("""
            {"envelope_id":"e-2","type":"slash_commands","accepts_response_payload":true,"payload":{"token":"legacy","team_id":"T1","team_domain":"d",
             "channel_id":"C1","user_id":"U1","command":"/review","text":"quarter post","api_app_id":"A1","is_enterprise_install":"false",
             "response_url":"https://hooks.example/commands/1","trigger_id":"tr-1"}}
            """);

        Assert.Equal(new SlashCommand("T1", "U1", "C1", "/review", "quarter post", new Uri("https://hooks.example/commands/1"), "tr-1"), command);
    }

    [Fact]
    public void An_interactive_envelope_is_read_as_the_http_payload_field_is()
    {
        var pressed = Payload("""
            {"envelope_id":"e-3","type":"interactive","accepts_response_payload":true,"payload":{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},
             "trigger_id":"tr-2","channel":{"id":"D1"},"message":{"ts":"1.5"},"actions":[{"action_id":"checkin.open","value":"v"}]}}
            """);

        Assert.Equal(new BlockActions("T1", "U1", "checkin.open", "v", "D1", "1.5", "tr-2", null), pressed);
    }

    [Fact]
    public void An_events_api_envelope_is_the_event_callback_http_would_post()
    {
        var message = Payload("""
            {"envelope_id":"e-4","type":"events_api","accepts_response_payload":false,"payload":{"type":"event_callback","team_id":"T1","event_id":"Ev1",
             "event":{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"review me","ts":"1.5"}}}
            """);

        Assert.Equal(new DirectMessageEvent("T1", "Ev1", "U1", "D1", "review me", "1.5"), message);
    }

    [Theory]
    [InlineData("""{"envelope_id":"e-5","type":"slash_commands","payload":{"team_id":"T1","user_id":"U1"}}""")]
    [InlineData("""{"envelope_id":"e-6","type":"slash_commands"}""")]
    [InlineData("""{"envelope_id":"e-7","type":"interactive","payload":{"type":"block_actions"}}""")]
    [InlineData("""{"envelope_id":"e-8","type":"events_api","payload":{"type":"url_verification","challenge":"c"}}""")]
    [InlineData("""{"envelope_id":"e-9","type":"something_new","payload":{}}""")]
    public void An_envelope_whose_payload_http_would_refuse_has_no_payload_for_the_router(string json)
    {
        Assert.Null(Payload(json));
    }
}
