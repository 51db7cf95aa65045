using Microsoft.Extensions.Logging;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Hands a parsed payload to the handler registered for its type. A payload nobody handles is
/// acknowledged and left, as Slack expects of events and interactions an app did not ask for.
/// </summary>
public sealed partial class SlackRouter
{
    private readonly IServiceProvider _services;
    private readonly ILogger<SlackRouter> _logger;
    private readonly Dictionary<Type, SlackRoute> _routes = [];

    public SlackRouter(IServiceProvider services, IEnumerable<SlackRoute> routes, ILogger<SlackRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _services = services;
        _logger = logger;
        foreach (var route in routes)
        {
            if (!_routes.TryAdd(route.PayloadType, route))
            {
                throw new InvalidOperationException($"Two Slack handlers are registered for {route.PayloadType.Name}; each payload type has one.");
            }
        }
    }

    public Task<SlackAck> RouteAsync(SlackPayload payload, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (_routes.TryGetValue(payload.GetType(), out var route))
        {
            return route.Handle(_services, payload, deadline, cancellationToken);
        }

        var kind = Kind(payload);
        LogUnhandled(_logger, kind);

        return Task.FromResult<SlackAck>(new SlackAck.Empty());
    }

    /// <summary>Slack's own name for what arrived where it has one (an event or interaction type), else the payload's.</summary>
    private static string Kind(SlackPayload payload) => payload switch
    {
        UnhandledEvent unhandled => $"event {unhandled.EventType}",
        UnhandledInteraction unhandled => $"interaction {unhandled.InteractionType}",
        _ => payload.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "No Slack handler for {Kind}; acknowledged and left")]
    private static partial void LogUnhandled(ILogger logger, string kind);
}
