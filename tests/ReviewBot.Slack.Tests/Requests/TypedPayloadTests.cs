using System.Text;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Tests.Requests;

public class TypedPayloadTests
{
    private static SlackPayload? Event(string inner) =>
        EventEnvelope.Parse(Encoding.UTF8.GetBytes($$"""{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{{inner}}}"""))?.ToPayload();

    private static SlackPayload? Interaction(string json) => InteractionPayload.Parse(json)?.ToPayload();

    [Fact]
    public void A_persons_direct_message_is_a_direct_message_event_keyed_by_event_and_by_message()
    {
        var message = Assert.IsType<DirectMessageEvent>(Event("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"review me","ts":"1.5"}"""));

        Assert.Equal(new DirectMessageEvent("T1", "Ev1", "U1", "D1", "review me", "1.5"), message);
        Assert.Equal(("slack-event:Ev1", "slack-message:D1:1.5"), (message.EventKey, message.MessageEventKey));
    }

    [Theory]
    [InlineData("""{"type":"message","channel_type":"im","channel":"D1","user":"UBOT","bot_id":"B1","text":"hi","ts":"1.1"}""", "message")]
    [InlineData("""{"type":"message","subtype":"message_changed","channel_type":"im","channel":"D1","ts":"1.2"}""", "message")]
    [InlineData("""{"type":"message","channel_type":"channel","channel":"C1","user":"U1","text":"hi","ts":"1.3"}""", "message")]
    [InlineData("""{"type":"app_home_opened","user":"U1","tab":"messages"}""", "app_home_opened")]
    [InlineData("""{"type":"reaction_added","user":"U1"}""", "reaction_added")]
    public void Events_the_bot_does_not_act_on_are_unhandled_events(string inner, string type)
    {
        Assert.Equal(new UnhandledEvent("T1", "Ev1", type), Event(inner));
    }

    [Theory]
    [InlineData("app_uninstalled")]
    [InlineData("tokens_revoked")]
    public void Losing_the_app_or_its_tokens_is_one_kind_of_event(string type)
    {
        Assert.Equal(new AppAccessEndedEvent("T1", "Ev1", type), Event($$"""{"type":"{{type}}"}"""));
    }

    [Fact]
    public void Opening_the_home_tab_is_an_app_home_opened_event_and_the_url_check_a_url_verification()
    {
        Assert.Equal(new AppHomeOpenedEvent("T1", "Ev1", "U1"), Event("""{"type":"app_home_opened","user":"U1","tab":"home"}"""));
        Assert.Equal(new UrlVerification("abc"), EventEnvelope.Parse("""{"type":"url_verification","challenge":"abc"}"""u8)!.ToPayload());
    }

    [Theory]
    [InlineData("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"review me"}""")]
    [InlineData("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"review me","ts":""}""")]
    [InlineData("""{"type":"message","channel_type":"channel","channel":"C1","user":"U1","text":"hi"}""")]
    public void A_message_event_without_its_ts_is_malformed_rather_than_keyed_by_its_channel_alone(string inner)
    {
        // Keyed "slack-message:D1:", it would have made every later ts-less message look like a repeat.
        Assert.Null(EventEnvelope.Parse(Encoding.UTF8.GetBytes($$"""{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{{inner}}}""")));
    }

    [Fact]
    public void An_envelope_built_without_its_ids_has_no_payload()
    {
        Assert.Null(new EventEnvelope { Type = "event_callback", TeamId = "T1" }.ToPayload());
    }

    [Fact]
    public void A_button_press_carries_its_action_where_it_was_and_its_response_url()
    {
        var press = Interaction("""
            {"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"trigger_id":"tr1","channel":{"id":"D1"},"message":{"ts":"1.5"},
             "response_url":"https://hooks.slack.com/actions/T1/1/x","actions":[{"action_id":"checkin.open|2026-Q4","value":null},{"action_id":"second"}]}
            """);

        Assert.Equal(new BlockActions("T1", "U1", "checkin.open|2026-Q4", null, "D1", "1.5", "tr1", new Uri("https://hooks.slack.com/actions/T1/1/x")), press);
    }

    [Fact]
    public void A_button_pressed_in_app_home_is_a_button_press_although_its_home_view_has_no_callback_id()
    {
        // The shape Slack sends for a button in the Home tab: the container is the view, the home view comes
        // along with an empty callback_id and private_metadata, and there is neither channel, message nor response_url.
        var press = Interaction("""
            {"type":"block_actions","user":{"id":"U1","username":"andy","name":"andy","team_id":"T1"},"api_app_id":"A1","token":"legacy",
             "container":{"type":"view","view_id":"V0HOME"},"trigger_id":"tr-home","team":{"id":"T1","domain":"exportsales"},
             "enterprise":null,"is_enterprise_install":false,
             "view":{"id":"V0HOME","team_id":"T1","type":"home","blocks":[{"type":"actions","block_id":"b1","elements":[{"type":"button","action_id":"checkin.open","text":{"type":"plain_text","text":"Check in"}}]}],
               "private_metadata":"","callback_id":"","state":{"values":{}},"hash":"1700000000.abc","clear_on_close":false,"notify_on_close":false,
               "close":null,"submit":null,"previous_view_id":null,"root_view_id":"V0HOME","app_id":"A1","external_id":"","app_installed_team_id":"T1","bot_id":"B1"},
             "actions":[{"action_id":"checkin.open","block_id":"b1","text":{"type":"plain_text","text":"Check in","emoji":true},"type":"button","action_ts":"1700000001.000"}]}
            """);

        Assert.Equal(new BlockActions("T1", "U1", "checkin.open", null, null, null, "tr-home", null), press);
    }

    [Theory]
    [InlineData("""{"type":"view_submission","team":{"id":"T1"},"user":{"id":"U1"},"view":{"id":"V1","callback_id":""}}""")]
    [InlineData("""{"type":"view_submission","team":{"id":"T1"},"user":{"id":"U1"},"view":{"id":"","callback_id":"checkin|x"}}""")]
    [InlineData("""{"type":"view_submission","team":{"id":"T1"},"user":{"id":"U1"}}""")]
    public void A_submission_without_its_views_id_and_callback_id_is_malformed(string json)
    {
        Assert.Null(InteractionPayload.Parse(json));
    }

    [Theory]
    [InlineData("http://hooks.example.com/x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void A_response_url_that_is_not_https_is_dropped_from_a_button_press(string url)
    {
        var press = Assert.IsType<BlockActions>(Interaction($$"""{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"response_url":"{{url}}","actions":[{"action_id":"a"}]}"""));

        Assert.Null(press.ResponseUrl);
    }

    [Fact]
    public void A_view_submission_carries_the_views_identity_origin_and_values()
    {
        var submission = Assert.IsType<ViewSubmission>(Interaction("""
            {"type":"view_submission","team":{"id":"T1"},"user":{"id":"U1"},
             "view":{"id":"V1","hash":"h1","callback_id":"checkin|x","private_metadata":"{\"channel\":\"D1\"}",
               "state":{"values":{"kr.1":{"value":{"type":"plain_text_input","value":"14.2M"}}}}}}
            """));

        Assert.Equal(("T1", "U1", "V1", "h1", "checkin|x", """{"channel":"D1"}"""), (submission.TeamId, submission.UserId, submission.ViewId, submission.Hash, submission.CallbackId, submission.PrivateMetadata));
        Assert.Equal(new Dictionary<string, string> { ["kr.1"] = "14.2M" }, submission.Values);
    }

    [Theory]
    [InlineData("""{"type":"view_closed","team":{"id":"T1"},"user":{"id":"U1"},"view":{"id":"V1","callback_id":"c"}}""", "view_closed")]
    [InlineData("""{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"actions":[]}""", "block_actions")]
    [InlineData("""{"type":"shortcut","team":{"id":"T1"},"user":{"id":"U1"}}""", "shortcut")]
    public void Interactions_the_bot_does_not_act_on_are_unhandled_interactions(string json, string type)
    {
        Assert.Equal(new UnhandledInteraction("T1", "U1", type), Interaction(json));
    }
}
