using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Tests.Conversation;
using ReviewBot.Testing.Language;
using ReviewBot.Testing.Samples;

namespace ReviewBot.Core.Tests.Lessons;

/// <summary>The quarter review's Lessons step names last quarter's lessons for each owner beside whether their key result improved.</summary>
public class LastQuarterLessonsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly Quarter Q3 = new(2026, 3);

    private static QuarterReview AsiaPacific(Member? person = null, QuarterData? data = null, DateTimeOffset? now = null) =>
        QuarterReview.Build(data ?? AsiaPacificQuarter.Data(), person, now ?? AsiaPacificQuarter.Now, AsiaPacificQuarter.PreviousDataWithLessons());

    [Fact]
    public void Each_owner_who_wrote_lessons_last_quarter_is_named_with_them_this_quarters_owners_first()
    {
        var lessons = AsiaPacific().LastQuarterLessons;

        Assert.Equal(["Kenji Sato", "Wei Zhang", "Tom Kim", OwnerWords.FormerMember], lessons.Select(l => l.AuthorName));
        var wei = lessons[1];
        Assert.Equal(["每周和天猫运营对一次数据"], wei.Worked);
        Assert.Equal(["Book live-stream hosts a month ahead."], wei.Change);
        Assert.DoesNotContain(lessons, l => l.Worked.Concat(l.Change).Any(t => t is "Two launches slipped." or "Customs holds."));
    }

    [Fact]
    public void A_key_result_with_the_same_keys_that_scores_higher_improved_and_one_that_scores_lower_did_not()
    {
        var lessons = AsiaPacific().LastQuarterLessons;

        var china = Assert.Single(lessons.Single(l => l.AuthorMemberId == AsiaPacificQuarter.Wei.Id).Results);
        Assert.Equal(AsiaPacificQuarter.ChinaRevenue.Id, china.KeyResult.Id);
        Assert.Equal((0.89m, 1m, true), (decimal.Round(china.Before.Score, 2), china.Now.Score, china.Improved));
        Assert.False(china.SoFar);
        var japan = Assert.Single(lessons.Single(l => l.AuthorMemberId == AsiaPacificQuarter.Kenji.Id).Results);
        Assert.Equal(AsiaPacificQuarter.JapanRevenue.Id, japan.KeyResult.Id);
        Assert.Equal((1m, 0.8m, false), (japan.Before.Score, japan.Now.Score, japan.Improved));
        Assert.False(japan.Unchanged);
    }

    [Fact]
    public void A_key_result_related_only_by_its_title_and_unit_without_check_ins_this_quarter_is_unknown()
    {
        var tom = AsiaPacific().LastQuarterLessons.Single(l => l.AuthorMemberId == AsiaPacificQuarter.Tom.Id);

        var korea = Assert.Single(tom.Results);
        Assert.Equal(AsiaPacificQuarter.KoreaResellers.Id, korea.KeyResult.Id);
        Assert.Equal(0.4m, korea.Before.Score);
        Assert.Null(korea.Improved);
    }

    [Fact]
    public void Before_the_quarter_begins_nothing_is_known_to_have_improved()
    {
        var lessons = AsiaPacific(now: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)).LastQuarterLessons;

        Assert.All(lessons.SelectMany(l => l.Results), r => Assert.Null(r.Improved));
    }

    [Fact]
    public void A_review_of_one_person_carries_only_their_lessons()
    {
        var lessons = AsiaPacific(AsiaPacificQuarter.Wei).LastQuarterLessons;

        Assert.Equal([AsiaPacificQuarter.Wei.Id], lessons.Select(l => l.AuthorMemberId));
    }

    [Fact]
    public void A_member_who_has_left_keeps_their_name_and_one_nobody_knows_reads_as_a_former_member()
    {
        var data = AsiaPacificQuarter.Data() with { Members = [.. AsiaPacificQuarter.Members.Select(m => m.Id == AsiaPacificQuarter.Tom.Id ? m with { Active = false } : m)] };

        var lessons = AsiaPacific(data: data).LastQuarterLessons;

        Assert.Contains(lessons, l => l.AuthorName == "Tom Kim");
        var gone = lessons.Single(l => l.AuthorMemberId == AsiaPacificQuarter.GoneMemberId);
        Assert.Equal(OwnerWords.FormerMember, gone.AuthorName);
        Assert.Empty(gone.Results);
    }

    [Fact]
    public void Without_last_quarters_answers_there_is_nothing_to_carry()
    {
        Assert.Empty(QuarterReview.Build(AsiaPacificQuarter.Data(), null, AsiaPacificQuarter.Now, AsiaPacificQuarter.PreviousData()).LastQuarterLessons);
        Assert.Empty(QuarterReview.Build(AsiaPacificQuarter.Data(), null, AsiaPacificQuarter.Now).LastQuarterLessons);
    }

    [Fact]
    public void The_chat_lessons_step_names_each_owners_lessons_beside_their_key_results_after_this_quarters_own()
    {
        var text = QuarterReviewReport.Build(AsiaPacific(), English);

        var lessons = text.Sections[4];
        Assert.Equal("4. Lessons", lessons.Title);
        Assert.Equal(
            """
            What worked:
            • Wei Zhang: Live-stream launches on Tmall.
            What to change next quarter:
            • Sofia Rossi: Book customs brokers before the warehouse opens.
            Last quarter's lessons (2026-Q2) and what became of them:
            • Last quarter Kenji Sato wrote: to change “Confirm department-store orders before the quarter starts.” — Japan revenue: 1.00 → 0.80, not improved ✗
            • Last quarter Wei Zhang wrote: what worked “每周和天猫运营对一次数据”; to change “Book live-stream hosts a month ahead.” — 中国市场销售额: 0.89 → 1.00, improved ✓
            • Last quarter Tom Kim wrote: what worked “Meeting resellers at the Seoul fair.” — Korean resellers signed: not known yet whether it improved (no check-ins to compare)
            • Last quarter a former member wrote: what worked “Samples shipped by air, not by sea.”
            """.ReplaceLineEndings("\n"),
            lessons.Text);
    }

    [Fact]
    public void Both_scores_equal_read_unchanged_rather_than_not_improved()
    {
        var previous = AsiaPacificQuarter.PreviousDataWithLessons();
        // Kenji ended 2026-Q2 where he ends 2026-Q3: 0.80 of his Japan revenue.
        previous = previous with { CheckIns = [.. previous.CheckIns.Select(c => c.KeyResultId == "kr-q2-jp" ? c with { Value = 800_000_000m } : c)] };

        var japan = QuarterReview.Build(AsiaPacificQuarter.Data(), AsiaPacificQuarter.Kenji, AsiaPacificQuarter.Now, previous).LastQuarterLessons.Single().Results.Single();

        Assert.True(japan.Unchanged);
        Assert.Equal("Japan revenue: 0.80 → 0.80, unchanged", QuarterReviewReport.Since(japan, English));
    }

    /// <summary>The test team in week 8 of 2026-Q4, and 2026-Q3 under the same keys with Andy's and Ben's lessons.</summary>
    private static TestTeam TeamWithLastQuarter(string andyLocale = "en-US")
    {
        var team = new TestTeam(andyLocale);
        var usRevenue = team.UsRevenue with { Id = "kr-q3-us", ObjectiveId = "obj-q3", Target = 20_000_000m };
        var europeRevenue = team.EuropeRevenue with { Id = "kr-q3-eu", ObjectiveId = "obj-q3", Target = 15_000_000m };
        team.Store.Objectives.Add(new Objective
        {
            Id = "obj-q3",
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = team.Team.Id,
            Quarter = Q3,
            Key = "grow",
            Title = "Grow export revenue",
            Basis = "Last year's orders",
            KeyResults = [usRevenue, europeRevenue],
        });
        team.CheckedIn(team.Andy, usRevenue, 13, 15_000_000m, quarter: Q3);
        team.CheckedIn(team.Ben, europeRevenue, 13, 15_000_000m, quarter: Q3);
        team.CheckedIn(team.Andy, team.UsRevenue, 8, 14_820_000m);
        team.CheckedIn(team.Ben, team.EuropeRevenue, 7, 5_000_000m);
        void Wrote(Member who, string question, string text, string? keyResultId = null) =>
            team.Store.Answers.Add(new ReviewAnswer(Ids.New(), TestTeam.WorkspaceId, ReviewTemplates.Retrospective.Id, question, who.Id, Q3, 13, keyResultId, text, team.Time.GetUtcNow().AddDays(-60)));
        Wrote(team.Andy, "worked", "Weekly calls with the two big accounts.");
        Wrote(team.Andy, "change", "Quote in dollars from day one.");
        Wrote(team.Andy, "cause", "One account paid late.", usRevenue.Id);
        Wrote(team.Ben, "change", "Translate the catalogue before launch.");
        return team;
    }

    [Fact]
    public async Task The_managers_review_so_far_loads_last_quarters_lessons_and_compares_the_score_each_key_result_is_on_course_for()
    {
        var team = TeamWithLastQuarter();

        var review = (await team.SayAsync(team.Mia, "review quarter")).Message();

        var lessons = review.Sections.Single(s => s.Title == "4. Lessons").Text!;
        Assert.Contains("• Last quarter Andy Miller wrote: what worked “Weekly calls with the two big accounts.”; to change “Quote in dollars from day one.” — US revenue: 0.75 → 0.60 so far, on course for 1.00: better so far ✓", lessons, StringComparison.Ordinal);
        Assert.Contains("• Last quarter Ben Weber wrote: to change “Translate the catalogue before launch.” — Europe revenue: 1.00 → 0.29 so far, on course for 0.52: not better so far ✗", lessons, StringComparison.Ordinal);
        Assert.DoesNotContain("One account paid late.", lessons, StringComparison.Ordinal);
        Assert.StartsWith("Lessons are collected by the retrospective", lessons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_own_review_carries_only_their_own_lessons()
    {
        var team = TeamWithLastQuarter();

        var review = (await team.SayAsync(team.Andy, "review quarter")).Message();

        var lessons = review.Sections.Single(s => s.Title == "4. Lessons").Text!;
        Assert.Contains("Last quarter Andy Miller wrote:", lessons, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben Weber", lessons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_chinese_the_lessons_step_reads_chinese_around_what_people_wrote()
    {
        var team = TeamWithLastQuarter(andyLocale: "zh-CN");

        var review = (await team.SayAsync(team.Andy, "复盘 季度")).Message();

        var lessons = review.Sections[4].Text!;
        Assert.Contains("上季度 Andy Miller 写道：做得好的“Weekly calls with the two big accounts.”；要改进的“Quote in dollars from day one.”——US revenue：0.75 → 目前 0.60，按进度可达 1.00：目前有进步 ✓", lessons, StringComparison.Ordinal);
        LanguageAssert.Chinese(lessons, "Andy Miller", "US revenue", "Weekly calls with the two big accounts.", "Quote in dollars from day one.");
    }
}
