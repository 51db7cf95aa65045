using ReviewBot.Core.Periods;

namespace ReviewBot.Host.Playground;

/// <summary>What loading the demo did: the quarters it covers and how many submissions were new.</summary>
/// <param name="Recorded">Submissions (a person's check-in for a week, or their retrospective) recorded now.</param>
/// <param name="AlreadyThere">Submissions found recorded by an earlier load, so left as they were.</param>
public sealed record DemoLoadResult(string WorkspaceId, Quarter PreviousQuarter, Quarter CurrentQuarter, int CurrentWeek, int Recorded, int AlreadyThere);
