using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// What every handler asks first: which workspace a payload belongs to and whether the bot acts there;
/// for events and commands, which can arrive more than once, whether this one is the first.
/// </summary>
public sealed class SlackWorkspaceGate(SlackWorkspaces workspaces, SlackProfiles profiles, SlackBackgroundWork background)
{
    /// <summary>The workspace when it is set up and enabled; null otherwise.</summary>
    public async Task<Workspace?> EnabledAsync(string teamId, CancellationToken cancellationToken) =>
        await workspaces.FindAsync(teamId, cancellationToken) is { Enabled: true } workspace ? workspace : null;

    /// <summary>
    /// Records the event's key and returns its workspace (enabled or not) when this event is the first; null for
    /// Slack's retries and unknown teams. For events whose whole work is done before the acknowledgement.
    /// </summary>
    public async Task<Workspace?> TryRecordEventKeyAsync(SlackEventPayload slackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);
        var workspace = await workspaces.FindAsync(slackEvent.TeamId, cancellationToken);
        return workspace is not null && await workspaces.TryRecordEventKeyAsync(workspace.Id, slackEvent.EventKey, cancellationToken) ? workspace : null;
    }

    /// <summary>
    /// Records the command's event key in its workspace: true the first time, false when the same invocation
    /// (same trigger id) arrives again.
    /// </summary>
    public Task<bool> TryRecordEventKeyAsync(Workspace workspace, SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(command);
        return workspaces.TryRecordEventKeyAsync(workspace.Id, command.EventKey, cancellationToken);
    }

    /// <summary>Undoes <see cref="TryRecordEventKeyAsync(Workspace, SlashCommand, CancellationToken)"/> when the command's work failed, so trying again is acted on.</summary>
    public Task ForgetEventKeyAsync(Workspace workspace, SlashCommand command)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(command);
        return workspaces.ForgetEventKeyAsync(workspace.Id, command.EventKey, CancellationToken.None);
    }

    /// <summary>
    /// Someone acted in the workspace: their Slack profile (name, time zone) is filled in the background. Kept in
    /// memory only: losing it loses nothing acknowledged, as the profile is filled the next time they act.
    /// </summary>
    public void FillProfileLater(Workspace workspace, string userId) =>
        background.Enqueue("fill a member's profile from Slack", ct => profiles.FillAsync(workspace, userId, ct));
}
