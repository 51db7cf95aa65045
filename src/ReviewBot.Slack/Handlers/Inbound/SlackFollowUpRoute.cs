using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Inbound;

/// <summary>
/// A stored kind of inbound work: its name in the database, the payload type its JSON holds, and the follow-up
/// that finishes it, resolved per item.
/// </summary>
/// <param name="Kind">Stored with each row, so it stays fixed when the payload type is renamed.</param>
public sealed record SlackFollowUpRoute(string Kind, Type PayloadType, Func<string, SlackPayload?> Read, Func<IServiceProvider, Workspace, SlackPayload, CancellationToken, Task> Finish)
{
    public static SlackFollowUpRoute For<TPayload, THandler>(string kind)
        where TPayload : SlackPayload
        where THandler : ISlackFollowUp<TPayload> =>
        new(
            kind,
            typeof(TPayload),
            json => JsonSerializer.Deserialize<TPayload>(json, SlackInboundJson.Options),
            (services, workspace, payload, cancellationToken) => services.GetRequiredService<THandler>().FinishAsync(workspace, (TPayload)payload, cancellationToken));
}
