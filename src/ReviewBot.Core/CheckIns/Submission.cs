namespace ReviewBot.Core.CheckIns;

/// <summary>
/// Everything one completed check-in or review form records, saved together or not at all.
/// <paramref name="DeliveryKey"/> identifies the delivery: a retried one finds it recorded and records nothing.
/// </summary>
public sealed record Submission(string WorkspaceId, string DeliveryKey, IReadOnlyList<CheckIn> CheckIns, IReadOnlyList<ReviewAnswer> Answers);
