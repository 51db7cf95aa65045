using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Events;

/// <summary>Opening the app's Home tab publishes the person's key results there (what <c>/review me</c> shows).</summary>
public sealed class AppHomeOpenedHandler(
    ConversationEngine engine,
    SlackWorkspaceGate gate,
    SlackResponder responder,
    SlackBackgroundWork background) : ISlackHandler<AppHomeOpenedEvent>
{
    public async Task<SlackAck> HandleAsync(AppHomeOpenedEvent opened, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        if (await gate.RecordFirstDeliveryAsync(opened, cancellationToken) is not { Enabled: true } workspace)
        {
            return new SlackAck.Empty();
        }

        background.Enqueue("publish App Home", async ct =>
        {
            var replies = await engine.HandleAsync(SlackTurns.For(workspace, opened.User, opened.User, new CommandInput("review me")), ct);
            if (replies.OfType<MessageReply>().FirstOrDefault() is { } home)
            {
                await responder.PublishHomeAsync(opened.User, home, ct);
            }
        });
        return new SlackAck.Empty();
    }
}
