using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.CheckIns;

/// <summary>
/// One answer about one key result in one week. Corrections are new check-ins for the same week;
/// the latest recorded one counts and the earlier ones stay as history.
/// </summary>
public sealed record CheckIn
{
    public required string Id { get; init; }

    public required string WorkspaceId { get; init; }

    public required string KeyResultId { get; init; }

    public required string AuthorMemberId { get; init; }

    public required Quarter Quarter { get; init; }

    public required int WeekNumber { get; init; }

    public required decimal Value { get; init; }

    public required Confidence Confidence { get; init; }

    public string? Comment { get; init; }

    public string? Blockers { get; init; }

    public required ChatPlatform Source { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
