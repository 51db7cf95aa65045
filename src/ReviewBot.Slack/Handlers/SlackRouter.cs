using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Hands a parsed payload to the handler registered for its type. A payload nobody handles is
/// acknowledged and left, as Slack expects of events and interactions an app did not ask for.
/// </summary>
public sealed class SlackRouter
{
    private readonly IServiceProvider _services;
    private readonly Dictionary<Type, SlackRoute> _routes = [];

    public SlackRouter(IServiceProvider services, IEnumerable<SlackRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _services = services;
        foreach (var route in routes)
        {
            if (!_routes.TryAdd(route.PayloadType, route))
            {
                throw new InvalidOperationException($"Two Slack handlers are registered for {route.PayloadType.Name}; each payload type has one.");
            }
        }
    }

    public Task<SlackAck> RouteAsync(SlackPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return _routes.TryGetValue(payload.GetType(), out var route)
            ? route.Handle(_services, payload, cancellationToken)
            : Task.FromResult(SlackAck.Empty);
    }
}
