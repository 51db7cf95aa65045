using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Slack.Handlers;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Tests.Handlers;

public class SlackRouterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider Services(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddSingleton<Seen>();
        register(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_payload_goes_to_the_handler_registered_for_its_type_and_its_ack_comes_back()
    {
        await using var services = Services(s => s.AddSlackHandler<UrlVerification, EchoChallenge>().AddSlackHandler<AppAccessEndedEvent, NoteEvent>());
        var router = ActivatorUtilities.CreateInstance<SlackRouter>(services);

        var challenge = await router.RouteAsync(new UrlVerification("c-1"), Ct);
        var ended = await router.RouteAsync(new AppAccessEndedEvent("T1", "Ev1", "tokens_revoked"), Ct);

        Assert.Equal(new SlackAck.Challenge("c-1"), challenge);
        Assert.Same(SlackAck.Empty, ended);
        Assert.Equal(["url_verification c-1", "event Ev1"], services.GetRequiredService<Seen>().Payloads);
    }

    [Fact]
    public async Task A_payload_type_nobody_handles_gets_the_empty_ack_and_reaches_no_handler()
    {
        await using var services = Services(s => s.AddSlackHandler<AppAccessEndedEvent, NoteEvent>());
        var router = ActivatorUtilities.CreateInstance<SlackRouter>(services);

        Assert.Same(SlackAck.Empty, await router.RouteAsync(new UnhandledEvent("T1", "Ev2", "reaction_added"), Ct));
        Assert.Same(SlackAck.Empty, await router.RouteAsync(new UnhandledInteraction("T1", "U1", "view_closed"), Ct));
        Assert.Same(SlackAck.Empty, await router.RouteAsync(new SslCheck(), Ct));
        Assert.Empty(services.GetRequiredService<Seen>().Payloads);
    }

    [Fact]
    public async Task Two_handlers_for_one_payload_type_are_refused_naming_the_type()
    {
        await using var services = Services(s => s.AddSlackHandler<UrlVerification, EchoChallenge>().AddSlackHandler<UrlVerification, OtherChallenge>());

        var e = Assert.Throws<InvalidOperationException>(() => ActivatorUtilities.CreateInstance<SlackRouter>(services));

        Assert.Contains(nameof(UrlVerification), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_slack_adapter_registers_one_handler_for_each_payload_kind_the_app_acts_on()
    {
        var services = new ServiceCollection().AddSlack();

        var routed = services.Where(d => d.ServiceType == typeof(SlackRoute)).Select(d => ((SlackRoute)d.ImplementationInstance!).PayloadType.Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            [nameof(AppAccessEndedEvent), nameof(AppHomeOpenedEvent), nameof(BlockActions), nameof(DirectMessageEvent), nameof(SlashCommand), nameof(UrlVerification), nameof(ViewSubmission)],
            routed);
    }

    [Fact]
    public async Task The_adapters_router_answers_a_parsed_payload_without_any_http()
    {
        await using var services = new ServiceCollection().AddSlack().BuildServiceProvider();
        var payload = EventEnvelope.Parse("""{"type":"url_verification","challenge":"c-2"}"""u8)!.ToPayload()!;

        var ack = await services.GetRequiredService<SlackRouter>().RouteAsync(payload, Ct);

        Assert.Equal(new SlackAck.Challenge("c-2"), ack);
    }

    private sealed class Seen
    {
        public List<string> Payloads { get; } = [];
    }

    private sealed class EchoChallenge(Seen seen) : ISlackHandler<UrlVerification>
    {
        public Task<SlackAck> HandleAsync(UrlVerification payload, CancellationToken cancellationToken)
        {
            seen.Payloads.Add($"url_verification {payload.Challenge}");
            return Task.FromResult<SlackAck>(new SlackAck.Challenge(payload.Challenge));
        }
    }

    private sealed class OtherChallenge : ISlackHandler<UrlVerification>
    {
        public Task<SlackAck> HandleAsync(UrlVerification payload, CancellationToken cancellationToken) => Task.FromResult(SlackAck.Empty);
    }

    private sealed class NoteEvent(Seen seen) : ISlackHandler<AppAccessEndedEvent>
    {
        public Task<SlackAck> HandleAsync(AppAccessEndedEvent payload, CancellationToken cancellationToken)
        {
            seen.Payloads.Add($"event {payload.EventId}");
            return Task.FromResult(SlackAck.Empty);
        }
    }
}
