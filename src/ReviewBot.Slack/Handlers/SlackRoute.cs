using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>A handler registered for one payload type; the handler itself is resolved per payload, in the caller's scope.</summary>
public sealed record SlackRoute(Type PayloadType, Func<IServiceProvider, SlackPayload, SlackDeadline, CancellationToken, Task<SlackAck>> Handle)
{
    public static SlackRoute For<TPayload, THandler>()
        where TPayload : SlackPayload
        where THandler : ISlackHandler<TPayload> =>
        new(typeof(TPayload), (services, payload, deadline, cancellationToken) => services.GetRequiredService<THandler>().HandleAsync((TPayload)payload, deadline, cancellationToken));
}
