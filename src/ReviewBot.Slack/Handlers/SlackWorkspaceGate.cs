using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// What every handler asks first: which workspace a payload belongs to and whether the bot acts there;
/// for events and commands, which can arrive more than once, whether this delivery is the first.
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

    /// <summary>
    /// Records the command's delivery key in its workspace: true the first time, false when the same invocation
    /// (same trigger id) arrives again.
    /// </summary>
    public Task<bool> RecordFirstDeliveryAsync(Workspace workspace, SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(command);
        return workspaces.RecordFirstDeliveryAsync(workspace.Id, command.DeliveryKey, cancellationToken);
    }

    /// <summary>Undoes <see cref="RecordFirstDeliveryAsync(Workspace, SlashCommand, CancellationToken)"/> when the command's work failed, so trying again is acted on.</summary>
    public Task ForgetDeliveryAsync(Workspace workspace, SlashCommand command)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(command);
        return workspaces.ForgetDeliveryAsync(workspace.Id, command.DeliveryKey, CancellationToken.None);
    }

    /// <summary>Someone acted in the workspace: their Slack profile (name, time zone) is filled in the background.</summary>
    public void FillProfileLater(Workspace workspace, string userId) =>
        background.Enqueue("fill a member's profile from Slack", ct => profiles.FillAsync(workspace, userId, ct));
}
