namespace ReviewBot.Core.Conversation;

/// <summary>
/// The platform deliveries (Slack events, Teams activities) already acted on, by key. Platforms retry what
/// they think failed; the key makes the retry a no-op. Keys are kept per workspace: the same key in two
/// workspaces is two deliveries.
/// </summary>
public interface IProcessedDeliveries
{
    /// <summary>Records the key. True the first time; false when it was recorded before, in which case nothing changes.</summary>
    Task<bool> TryRecordAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose work failed, so the platform's retry is acted on after all.</summary>
    Task ForgetAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken);
}
