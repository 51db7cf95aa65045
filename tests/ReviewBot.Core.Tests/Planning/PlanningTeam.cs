using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Tests.Conversation;

namespace ReviewBot.Core.Tests.Planning;

/// <summary>
/// The test team with Andy's 2026-Q4 done: US revenue ended at US$20M of US$24.7M, conversion at 2.7% of 3%, his CRM
/// migration (a milestone) not done and his partner launch done, and his retrospective answered. 2027-Q1 is planned.
/// </summary>
internal static class PlanningTeam
{
    public static readonly Quarter Q1 = new(2027, 1);

    public static readonly string PlanForm = FormIds.Plan(PlanFormKind.Proposal, Q1, "andy");

    public static TestTeam WithAndysQuarter(string andyLocale = "en-US", string miaLocale = "en-US")
    {
        var team = new TestTeam(andyLocale, miaLocale);
        var objective = team.Store.Objectives.Single();
        KeyResult Milestone(string key, string title, int position) => new()
        {
            Id = $"kr-{key}",
            WorkspaceId = TestTeam.WorkspaceId,
            ObjectiveId = objective.Id,
            Key = key,
            Title = title,
            OwnerMemberId = "andy",
            Unit = KeyResultUnit.Milestone,
            Start = 0m,
            Target = 1m,
            Basis = "Needed for the renewals",
            Position = position,
        };

        team.Store.Objectives[0] = objective with
        {
            KeyResults = [.. objective.KeyResults, Milestone("crm-migration", "CRM migration", 10), Milestone("partner-launch", "Partner launch", 11)],
        };
        team.CheckedIn(team.Andy, team.UsRevenue, 7, 20_000_000m);
        team.CheckedIn(team.Andy, team.Conversion, 7, 2.7m);
        team.Store.CheckIns.Add(new CheckIn
        {
            Id = "ci-partner",
            WorkspaceId = TestTeam.WorkspaceId,
            KeyResultId = "kr-partner-launch",
            AuthorMemberId = "andy",
            Quarter = TestTeam.Q4,
            WeekNumber = 7,
            Value = 1m,
            Confidence = Confidence.OnTrack,
            Source = Workspaces.ChatPlatform.Slack,
            RecordedAt = team.Time.GetUtcNow().AddDays(-7),
        });
        Answer(team, "cause", "kr-us-revenue", "Two renewals slipped into January.");
        Answer(team, "worked", null, "Weekly calls with key accounts.");
        Answer(team, "change", null, "Start renewals a month earlier.");
        return team;
    }

    private static void Answer(TestTeam team, string question, string? keyResultId, string text) =>
        team.Store.Answers.Add(new ReviewAnswer(Ids.New(), TestTeam.WorkspaceId, ReviewTemplates.Retrospective.Id, question, "andy", TestTeam.Q4, 14, keyResultId, text, team.Time.GetUtcNow()));
}
