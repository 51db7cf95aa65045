using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>A Slack person's input as the engine's channel-neutral turn.</summary>
public static class SlackTurns
{
    public static Turn For(Workspace workspace, string userId, string conversationId, TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new Turn
        {
            WorkspaceId = workspace.Id,
            Platform = ChatPlatform.Slack,
            UserId = userId,
            ConversationId = conversationId,
            Input = input,
        };
    }
}
