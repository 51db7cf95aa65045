using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.Lessons;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Host.Playground;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Playground;

public class DemoTeamTests
{
    /// <summary>A Friday in week 8 of 2026-Q4 in the team's zone (Asia/Shanghai) and in every member's.</summary>
    private static readonly DateTimeOffset FridayOfWeek8 = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static readonly string[] Tables =
        ["workspaces", "teams", "exchange_rates", "members", "objectives", "key_results", "check_ins", "review_answers", "inbound_event_keys"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static DemoTeam Demo(TemporaryDatabase db) =>
        new(db.Database, new ReviewStore(db.Database, db.Time), new FakeTimeProvider(FridayOfWeek8), NullLogger<DemoTeam>.Instance);

    [Fact]
    public void The_demo_has_a_manager_who_reads_chinese_and_a_salesperson_who_reads_english_so_the_playground_shows_both()
    {
        var file = ReviewBot.Host.Import.OkrFileReader.Read(DemoTeam.Yaml()).File!;

        var mei = file.Members.Single(m => m.Name == "Mei Lin");
        var andy = file.Members.Single(m => m.Name == "Andy Miller");
        Assert.Equal(("zh-CN", "en-US"), (mei.Locale, andy.Locale));
    }

    [Fact]
    public async Task Loads_a_finished_previous_quarter_and_the_current_one_up_to_last_week_with_Cindy_already_checked_in()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);

        var result = await Demo(db).LoadAsync(Ct);

        Assert.Equal((new Quarter(2026, 3), new Quarter(2026, 4), 8), (result.PreviousQuarter, result.CurrentQuarter, result.CurrentWeek));
        // Two quarters back: Ben's lessons; previous: 3 owners × (14 weekly + 1 retrospective); current: Andy and Ben weeks 1–7, Cindy 1–8.
        Assert.Equal((68, 0), (result.Recorded, result.AlreadyThere));
        var (store, team, members) = await FindTeamAsync(db, result);
        var previous = await QuarterData.LoadAsync(store, team, members, result.PreviousQuarter, Ct);
        var current = await QuarterData.LoadAsync(store, team, members, result.CurrentQuarter, Ct);
        Assert.Equal(7, previous.Objectives.Sum(o => o.KeyResults.Count));
        Assert.Equal(7 * 14 + 7, previous.CheckIns.Count);
        Assert.Equal(7 + 6, previous.Answers.Count);
        Assert.Equal(2 * 7 + 3 * 7 + 2 * 8, current.CheckIns.Count);
        Assert.Equal(["Andy Miller", "Ben Weber"], WeekStatusReport.NotCheckedIn(current, team.Calendar.Week(result.CurrentQuarter, 8)).Select(m => m.Name).Order());
        Assert.Equal(1.16m, team.ExchangeRates.ToReporting(1m, "EUR", "USD", result.PreviousQuarter));
        Assert.Equal(1.16m, team.ExchangeRates.ToReporting(1m, "EUR", "USD", result.CurrentQuarter));
    }

    [Fact]
    public async Task Loading_twice_changes_nothing()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        await Demo(db).LoadAsync(Ct);
        var before = await DumpAsync(db);

        var again = await Demo(db).LoadAsync(Ct);

        Assert.Equal((0, 68), (again.Recorded, again.AlreadyThere));
        Assert.Equal(before, await DumpAsync(db));
    }

    [Fact]
    public async Task The_previous_quarter_review_shows_final_numbers_and_the_four_sections_with_causes_and_lessons()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var result = await Demo(db).LoadAsync(Ct);
        var (store, team, members) = await FindTeamAsync(db, result);
        var data = await QuarterData.LoadAsync(store, team, members, result.PreviousQuarter, Ct);

        var review = QuarterReviewReport.Build(QuarterReview.Build(data, person: null, FridayOfWeek8), English);

        Assert.Equal("Export Sales · 2026-Q3 review (final)", review.Headline);
        Assert.Equal(["1. Goals and their basis", "2. Results against goals", "Roll-ups (money in USD at 2026-Q3 rates)", "3. Causes", "4. Lessons", "Check-ins received: 42 of 42"], review.Sections.Select(s => s.Title));
        var results = review.Sections[1].Facts.ToDictionary(f => f.Label, f => f.Value);
        // 27.3 / 24.7 = 110.5%; 14.2 / 17.5 = 81.1%; 1.38bn / 1.25bn = 110.4%.
        Assert.StartsWith("🟢 US$27.3M of US$24.7M · +US$2.6M · 110.5% · score 1.00", results["US revenue (Andy Miller)"], StringComparison.Ordinal);
        Assert.StartsWith("🟢 €14.2M of €17.5M · -€3.3M · 81.1% · score 0.81", results["Europe revenue (Ben Weber)"], StringComparison.Ordinal);
        Assert.StartsWith("🟢 ₹1.38bn of ₹1.25bn · +₹130M · 110.4%", results["India & South-East Asia revenue (Cindy Sharma)"], StringComparison.Ordinal);
        // 2.1% → 3%, at 2.7%: 0.6 / 0.9 = 0.67; 2.7 / 3 = 90%.
        Assert.StartsWith("🟡 2.7% of 3% · -0.3 pts · 90% · score 0.67", results["Storefront conversion rate (Andy Miller)"], StringComparison.Ordinal);
        // Must fall from 4.5% to 2%, at 2.4%: 0.4 pts above target is worse; 2.1 / 2.5 = 0.84; 2 / 2.4 = 83.3%.
        Assert.StartsWith("🟢 2.4% of 2% · 0.4 pts worse than target · 83.3% · score 0.84", results["Negative-review rate (Cindy Sharma)"], StringComparison.Ordinal);
        Assert.StartsWith("🟢 done · score 1.00", results["German and French storefronts localised (Ben Weber)"], StringComparison.Ordinal);
        Assert.StartsWith("🟡 4 accounts of 6 accounts · -2 accounts · 66.7%", results["New distributor accounts signed (Ben Weber)"], StringComparison.Ordinal);
        var rollups = review.Sections[2].Facts.ToDictionary(f => f.Label, f => f.Value);
        // US$27.3M + €14.2M × 1.16 + ₹1.38bn × 0.012 = 27.3 + 16.472 + 16.56 = US$60.332M of 24.7 + 20.3 + 15 = US$60M.
        // Score: (1 + 0.8114 + 1 + 0.6667 + 0.84 + 1 + 0.5 × 0.6667) / 6.5 = 0.87 (the accounts weigh half).
        Assert.Equal("🟢 score 0.87 · US$60.33M of US$60M (+US$332k, 100.6%)", rollups["Export Sales (team)"]);
        // One person per market: each person's roll-up is their market's, printed once.
        Assert.Equal("🟢 score 0.86 · US$16.47M of US$20.3M (-US$3.83M, 81.1%)", rollups["Ben Weber · Europe"]);
        Assert.DoesNotContain(rollups.Keys, k => k.StartsWith("Market: ", StringComparison.Ordinal) || k.StartsWith("Person: ", StringComparison.Ordinal));
        Assert.Equal(["Andy Miller", "Ben Weber", "Cindy Sharma"], review.Sections[5].Facts.Select(f => f.Label));
        Assert.All(review.Sections[5].Facts, f => Assert.Equal("14 of 14 weeks", f.Value));
        var causes = review.Sections[3].Text!;
        Assert.Contains("Europe revenue (Ben Weber): The German storefront launched in week 10 instead of week 4", causes, StringComparison.Ordinal);
        Assert.Contains("Customs paperwork for EU shipments (5 weeks)", causes, StringComparison.Ordinal);
        var lessons = review.Sections[4].Text!;
        Assert.Contains("What worked:\n", lessons, StringComparison.Ordinal);
        Assert.Contains("• Ben Weber: Start payment certification a quarter ahead", lessons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_quarters_back_the_lessons_library_holds_what_Ben_learnt_about_Europe_beside_the_previous_quarters_lessons()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var result = await Demo(db).LoadAsync(Ct);
        var (store, team, _) = await FindTeamAsync(db, result);
        var earlier = result.PreviousQuarter.Previous();

        var europe = await store.SearchLessonsAsync(new LessonSearch(result.WorkspaceId, team.Id, "distributors", null, "Europe", null, null), Ct);
        var twoBack = await store.SearchLessonsAsync(new LessonSearch(result.WorkspaceId, team.Id, null, null, null, earlier, earlier), Ct);

        // Ben's lessons of both quarters about Europe; nobody else's market.
        Assert.Equal(
            [(result.PreviousQuarter, "worked", "Weekly calls with the distributors kept the order book alive through the delay."),
             (earlier, "change", "Ask European distributors for their launch calendars a quarter ahead.")],
            europe.Select(e => (e.Answer.Quarter, e.Answer.QuestionId, e.Answer.Text)).OrderByDescending(e => e.Quarter));
        Assert.All(europe, e => Assert.Equal(("Ben Weber", "Europe"), (e.AuthorName, e.AuthorMarket)));
        // Two quarters back: what worked and what to change, in that quarter's last week, about no key result (none is loaded).
        Assert.Equal(["worked", "change"], twoBack.Select(e => e.Answer.QuestionId));
        Assert.All(twoBack, e => Assert.Equal(("Ben Weber", team.Calendar.WeeksOf(earlier)[^1].Number, (string?)null), (e.AuthorName, e.Answer.WeekNumber, e.Answer.KeyResultId)));
        Assert.Empty(await store.ObjectivesAsync(result.WorkspaceId, team.Id, earlier, Ct));
    }

    private static async Task<(ReviewStore Store, Core.People.Team Team, IReadOnlyList<Core.People.Member> Members)> FindTeamAsync(TemporaryDatabase db, DemoLoadResult result)
    {
        var store = new ReviewStore(db.Database, db.Time);
        var team = (await store.ListTeamsAsync(result.WorkspaceId, Ct)).Single();
        return (store, team, await store.MembersAsync(result.WorkspaceId, team.Id, Ct));
    }

    private static async Task<string> DumpAsync(TemporaryDatabase db)
    {
        await using var connection = await db.Database.OpenAsync(Ct);
        var dump = new List<string>();
        foreach (var table in Tables)
        {
            // Event keys keep the wall-clock time they were first seen; their keys and count are what matter.
            var sql = table == "inbound_event_keys" ? "SELECT event_key FROM inbound_event_keys ORDER BY 1" : $"SELECT * FROM {table} ORDER BY 1";
            var rows = await connection.QueryAsync(sql);
            dump.Add($"{table}: {string.Join("\n", rows.Select(r => string.Join("|", ((IDictionary<string, object?>)r).Values)))}");
        }

        return string.Join("\n\n", dump);
    }
}
