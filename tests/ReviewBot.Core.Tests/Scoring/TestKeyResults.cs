using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Tests.Scoring;

internal static class TestKeyResults
{
    public static KeyResult Make(KeyResultUnit unit, decimal start, decimal target, decimal weight = 1m, string title = "KR") => new()
    {
        Id = Ids.New(),
        WorkspaceId = "w",
        ObjectiveId = "o",
        Key = title.ToLowerInvariant(),
        Title = title,
        Unit = unit,
        Start = start,
        Target = target,
        Weight = weight,
        Basis = "because",
    };
}
