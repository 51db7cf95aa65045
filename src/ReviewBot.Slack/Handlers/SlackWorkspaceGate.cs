using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// What every handler asks first: which workspace a payload belongs to and whether the bot acts there;
/// for events, which Slack retries, whether this delivery is the first.
/// </summary>
public sealed class SlackWorkspaceGate(SlackWorkspaces workspaces, SlackProfiles profiles, SlackBackgroundWork background)
{
    /// <summary>The workspace when it is set up and enabled; the person's profile is then filled in the background.</summary>
    public async Task<Workspace?> EnabledForAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        if (await workspaces.FindAsync(teamId, cancellationToken) is not { Enabled: true } workspace)
        {
            return null;
        }

        FillProfileLater(workspace, userId);
        return workspace;
    }

    /// <summary>The workspace (enabled or not) when this is the event's first delivery; null for Slack's retries and unknown teams.</summary>
    public async Task<Workspace?> FirstDeliveryAsync(SlackEventPayload slackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);
        var workspace = await workspaces.FindAsync(slackEvent.TeamId, cancellationToken);
        return workspace is not null && await workspaces.FirstDeliveryAsync(workspace.Id, slackEvent.DeliveryKey, cancellationToken) ? workspace : null;
    }

    public void FillProfileLater(Workspace workspace, string userId) =>
        background.Enqueue("fill a member's profile from Slack", ct => profiles.FillAsync(workspace, userId, ct));
}
