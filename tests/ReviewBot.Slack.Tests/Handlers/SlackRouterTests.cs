using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Slack.Handlers;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Tests.Handlers;

public class SlackRouterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly SlackDeadline Arrived = new(DateTimeOffset.UnixEpoch);

    private static ServiceProvider Services(Action<IServiceCollection> register, LogCapture? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton<Seen>();
        register(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_payload_goes_to_the_handler_registered_for_its_type_and_its_ack_comes_back()
    {
        await using var services = Services(s => s.AddSlackHandler<UrlVerification, EchoChallenge>().AddSlackHandler<AppAccessEndedEvent, NoteEvent>());
        var router = ActivatorUtilities.CreateInstance<SlackRouter>(services);

        var challenge = await router.RouteAsync(new UrlVerification("c-1"), Arrived, Ct);
        var ended = await router.RouteAsync(new AppAccessEndedEvent("T1", "Ev1", "tokens_revoked"), Arrived, Ct);

        Assert.Equal(new SlackAck.Challenge("c-1"), challenge);
        Assert.Equal(new SlackAck.Empty(), ended);
        Assert.Equal(["url_verification c-1", "event Ev1"], services.GetRequiredService<Seen>().Payloads);
    }

    [Fact]
    public async Task A_payload_type_nobody_handles_gets_the_empty_ack_and_reaches_no_handler()
    {
        await using var services = Services(s => s.AddSlackHandler<AppAccessEndedEvent, NoteEvent>());
        var router = ActivatorUtilities.CreateInstance<SlackRouter>(services);

        Assert.Equal(new SlackAck.Empty(), await router.RouteAsync(new UnhandledEvent("T1", "Ev2", "reaction_added"), Arrived, Ct));
        Assert.Equal(new SlackAck.Empty(), await router.RouteAsync(new UnhandledInteraction("T1", "U1", "view_closed"), Arrived, Ct));
        Assert.Equal(new SlackAck.Empty(), await router.RouteAsync(new SslCheck(), Arrived, Ct));
        Assert.Empty(services.GetRequiredService<Seen>().Payloads);
    }

    [Fact]
    public async Task A_payload_type_nobody_handles_is_logged_at_debug_by_slacks_name_for_it()
    {
        var logs = new LogCapture();
        await using var services = Services(s => s.AddSlackHandler<AppAccessEndedEvent, NoteEvent>(), logs);
        var router = ActivatorUtilities.CreateInstance<SlackRouter>(services);

        await router.RouteAsync(new UnhandledEvent("T1", "Ev2", "reaction_added"), Arrived, Ct);
        await router.RouteAsync(new UnhandledInteraction("T1", "U1", "view_closed"), Arrived, Ct);
        await router.RouteAsync(new SslCheck(), Arrived, Ct);
        await router.RouteAsync(new AppAccessEndedEvent("T1", "Ev3", "app_uninstalled"), Arrived, Ct);

        Assert.Equal(
            [
                (LogLevel.Debug, "No Slack handler for event reaction_added; acknowledged and left"),
                (LogLevel.Debug, "No Slack handler for interaction view_closed; acknowledged and left"),
                (LogLevel.Debug, "No Slack handler for SslCheck; acknowledged and left"),
            ],
            logs.Entries);
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

        var ack = await services.GetRequiredService<SlackRouter>().RouteAsync(payload, Arrived, Ct);

        Assert.Equal(new SlackAck.Challenge("c-2"), ack);
    }

    /// <summary>What the router logged, by level and text.</summary>
    private sealed class LogCapture : ILoggerProvider, ILogger
    {
        public List<(LogLevel Level, string Text)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(SlackRouter).FullName ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }

    private sealed class Seen
    {
        public List<string> Payloads { get; } = [];
    }

    private sealed class EchoChallenge(Seen seen) : ISlackHandler<UrlVerification>
    {
        public Task<SlackAck> HandleAsync(UrlVerification payload, SlackDeadline deadline, CancellationToken cancellationToken)
        {
            seen.Payloads.Add($"url_verification {payload.Challenge}");
            return Task.FromResult<SlackAck>(new SlackAck.Challenge(payload.Challenge));
        }
    }

    private sealed class OtherChallenge : ISlackHandler<UrlVerification>
    {
        public Task<SlackAck> HandleAsync(UrlVerification payload, SlackDeadline deadline, CancellationToken cancellationToken) => Task.FromResult<SlackAck>(new SlackAck.Empty());
    }

    private sealed class NoteEvent(Seen seen) : ISlackHandler<AppAccessEndedEvent>
    {
        public Task<SlackAck> HandleAsync(AppAccessEndedEvent payload, SlackDeadline deadline, CancellationToken cancellationToken)
        {
            seen.Payloads.Add($"event {payload.EventId}");
            return Task.FromResult<SlackAck>(new SlackAck.Empty());
        }
    }
}
