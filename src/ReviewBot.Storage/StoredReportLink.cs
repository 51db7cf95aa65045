using ReviewBot.Core.Periods;

namespace ReviewBot.Storage;

/// <summary>A shared report link as kept: the hash of its token, never the token, and what it opens until when.</summary>
/// <param name="TokenHash">SHA-256 of the token in the link, lower-case hex.</param>
/// <param name="PersonMemberId">The owner the report is about; null for the whole team.</param>
public sealed record StoredReportLink(
    string TokenHash,
    string WorkspaceId,
    string TeamId,
    Quarter Quarter,
    string? PersonMemberId,
    string Locale,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
