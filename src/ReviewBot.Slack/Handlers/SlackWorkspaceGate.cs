using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// What every handler asks first: which workspace a payload belongs to and whether the bot acts there;
/// for events, which Slack retries, whether this delivery is the first.
/// </summary>
public sealed class SlackWorkspaceGate(SlackWorkspaces workspaces, SlackProfiles profiles, SlackBackgroundWork background)
{
    /// <summary>The workspace when it is set up and enabled; null otherwise.</summary>
    public async Task<Workspace?> EnabledAsync(string teamId, CancellationToken cancellationToken) =>
        await workspaces.FindAsync(teamId, cancellationToken) is { Enabled: true } workspace ? workspace : null;

    /// <summary>
    /// Records the event's delivery key and returns its workspace (enabled or not) when this delivery is the
    /// first; null for Slack's retries and unknown teams.
    /// </summary>
    public async Task<Workspace?> RecordFirstDeliveryAsync(SlackEventPayload slackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);
        var workspace = await workspaces.FindAsync(slackEvent.TeamId, cancellationToken);
        return workspace is not null && await workspaces.RecordFirstDeliveryAsync(workspace.Id, slackEvent.DeliveryKey, cancellationToken) ? workspace : null;
    }

    /// <summary>Someone acted in the workspace: their Slack profile (name, time zone) is filled in the background.</summary>
    public void FillProfileLater(Workspace workspace, string userId) =>
        background.Enqueue("fill a member's profile from Slack", ct => profiles.FillAsync(workspace, userId, ct));
}
