namespace ReviewBot.Core.Conversation;

/// <summary>
/// The event keys of what the platforms sent (Slack events and commands, Teams activities) already acted on.
/// Platforms retry what they think failed; the key makes the retry a no-op. Keys are kept per workspace: the
/// same key in two workspaces is two events. Not to be confused with a scheduled delivery's key (what the bot
/// sends by itself) or a turn's id.
/// </summary>
public interface IInboundEventLedger
{
    /// <summary>Records the key. True the first time; false when it was recorded before, in which case nothing changes.</summary>
    Task<bool> TryRecordAsync(string workspaceId, string eventKey, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose work failed, so the platform's retry is acted on after all.</summary>
    Task ForgetAsync(string workspaceId, string eventKey, CancellationToken cancellationToken);
}
