using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Tests.Conversation;
using ReviewBot.Testing.Language;
using static ReviewBot.Testing.Samples.AsiaPacificQuarter;

namespace ReviewBot.Core.Tests.Reviews;

/// <summary>
/// Every document of the review rhythm, written for a Chinese reader and for an English one from the same
/// figures: each reads in one language, with only what people typed (names, titles, markets, their words) as it is.
/// </summary>
public class ReviewDocumentLanguageTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Week 9 of 2026-Q3, 24 to 30 August: Kenji has not checked in and Japan has a holiday.</summary>
    private static readonly CheckInWeek Week9 = Team.Calendar.Week(Q3, 9);

    private static readonly IReadOnlyList<Leave> TomAway = [new Leave(Tom.Id, new DateOnly(2026, 8, 17), new DateOnly(2026, 9, 4))];

    public static TheoryData<string> Readers => ["zh-CN", "en-US"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_final_quarter_review_reads_in_the_readers_language_through_all_four_steps(string locale)
    {
        var review = QuarterReview.Build(WithWeekNineWords(), person: null, Now, PreviousData());

        var text = QuarterReviewReport.Build(review, CultureInfo.GetCultureInfo(locale)).Text();

        AssertOneLanguage(locale, text);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_quarter_review_so_far_reads_in_the_readers_language_with_its_pace_and_comments_on_key_results_at_risk(string locale)
    {
        // Thursday 27 August 2026, in week 9.
        var review = QuarterReview.Build(WithWeekNineWords(), person: null, new DateTimeOffset(2026, 8, 27, 4, 0, 0, TimeSpan.Zero), PreviousData());

        var text = QuarterReviewReport.Build(review, CultureInfo.GetCultureInfo(locale)).Text();

        AssertOneLanguage(locale, text);
    }

    [Fact]
    public void The_chinese_quarter_review_walks_the_four_steps_of_fupan_in_their_chinese_names()
    {
        var review = QuarterReview.Build(Data(), person: null, Now, PreviousData());

        var text = QuarterReviewReport.Build(review, Chinese);

        Assert.Equal("Asia Pacific · 2026-Q3 季度复盘（终版）", text.Headline);
        Assert.Equal(["一、回顾目标", "二、评估结果", "汇总（金额按 2026-Q3 汇率折算为 USD）", "三、分析原因", "四、总结经验", "填报情况：应填 56 次，实填 39 次"], text.Sections.Select(s => s.Title));
        var results = text.Sections[1].Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.StartsWith("🟢 4.5%（目标 4%） · 比目标差 0.5个百分点 · 88.9% · 得分 0.75", results["Returns rate（Wei Zhang）"], StringComparison.Ordinal);
        Assert.Equal("🔴 暂无填报（目标 10 distributors） · 得分 0.00", results["New Japanese distributors（Kenji Sato）"]);
    }

    [Fact]
    public void A_key_result_the_team_owns_without_a_market_and_words_of_a_member_who_left_are_named_in_the_readers_language()
    {
        var data = Data();
        var teamOwned = KoreaResellers with { Id = "kr-nps", Key = "nps", Title = "Net promoter score", OwnerMemberId = null, Market = null };
        var gone = new ReviewAnswer("a-9", WorkspaceId, Core.Dialogs.ReviewTemplates.Retrospective.Id, "worked", "left-in-july", Q3, 14, null, "Weekly calls with the forwarder.", Now);
        data = data with
        {
            Objectives = [data.Objectives[0], data.Objectives[1] with { KeyResults = [.. data.Objectives[1].KeyResults, teamOwned] }],
            Answers = [.. data.Answers, gone],
        };
        var review = QuarterReview.Build(data, person: null, Now);

        var chinese = QuarterReviewReport.Build(review, Chinese).Text();
        var english = QuarterReviewReport.Build(review, English).Text();

        AssertOneLanguage("zh-CN", chinese, "Net promoter score", "Weekly calls with the forwarder.");
        Assert.Contains("市场：团队", chinese, StringComparison.Ordinal);
        Assert.Contains("• 一位已离开团队的成员：Weekly calls with the forwarder.", chinese, StringComparison.Ordinal);
        AssertOneLanguage("en-US", english, "Net promoter score", "Weekly calls with the forwarder.");
        Assert.Contains("Market: Team", english, StringComparison.Ordinal);
        Assert.Contains("• a former member: Weekly calls with the forwarder.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_of_one_person_for_a_chinese_reader_reads_chinese()
    {
        var review = QuarterReview.Build(Data(), Wei, Now);

        var text = QuarterReviewReport.Build(review, Chinese).Text();

        AssertOneLanguage("zh-CN", text);
        Assert.Contains("Wei Zhang（名下全部关键结果）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_without_a_rate_for_one_currency_says_why_its_money_is_left_out_in_the_readers_language()
    {
        var data = Data() with { Team = Team with { ExchangeRates = new Core.Scoring.ExchangeRateTable([new Core.Scoring.ExchangeRate(Q3, "JPY", 0.0067m), new Core.Scoring.ExchangeRate(Q3, "CNY", 0.14m)]) } };
        var review = QuarterReview.Build(data, person: null, Now);

        var chinese = QuarterReviewReport.Build(review, Chinese).Context;
        var english = QuarterReviewReport.Build(review, English).Context;

        Assert.Contains("金额合计暂未列出：团队没有 2026-Q3 的 EUR→USD 汇率。请在团队的 OKR 文件里补上这个汇率，再重新导入。", chinese);
        Assert.Contains("Money totals left out: There is no EUR→USD exchange rate for 2026-Q3. Add it under exchangeRates in the team's OKR file and import it again.", english);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_managers_week_reads_in_the_readers_language_with_holidays_leave_movers_and_messages_that_did_not_arrive(string locale)
    {
        var problems = new[]
        {
            new DeliveryProblem(Kenji.Id, DeliveryKind.Reminder, 9, GaveUp: false, "channel_not_found", 2),
            new DeliveryProblem(null, DeliveryKind.WeeklyDigest, 9, GaveUp: true, "not_in_channel", 5),
        };

        var text = WeekStatusReport.Build(WithWeekNineWords(), Week9, CultureInfo.GetCultureInfo(locale), TomAway, problems).Text();

        AssertOneLanguage(locale, text, "channel_not_found", "not_in_channel");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_weekly_digest_reads_in_the_readers_language(string locale)
    {
        var text = WeeklyDigest.Build(WithWeekNineWords(), Week9, CultureInfo.GetCultureInfo(locale), TomAway).Text();

        AssertOneLanguage(locale, text);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_check_in_prompt_and_its_reminder_read_in_the_readers_language(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);

        var prompt = CheckInPrompt.Build(Data(), Kenji, Week9, culture).Text();
        var reminder = CheckInPrompt.Reminder(Data(), Kenji, Week9, culture).Text();

        AssertOneLanguage(locale, prompt);
        AssertOneLanguage(locale, reminder);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_retrospective_prompt_reads_in_the_readers_language(string locale)
    {
        var text = RetrospectivePrompt.Build(Data(), Sofia, new DateOnly(2026, 10, 2), CultureInfo.GetCultureInfo(locale)).Text();

        AssertOneLanguage(locale, text);
        Assert.Contains(locale == "zh-CN" ? "Rotterdam warehouse open: 已完成 · 最近一次填报在第 14 周" : "Rotterdam warehouse open: done · last in week 14", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void My_key_results_read_in_the_readers_language_with_a_confidence_that_is_not_on_track(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);

        var wei = MyKeyResultsReport.Build(WithWeekNineWords(), Wei, 9, culture).Text();
        var kenji = MyKeyResultsReport.Build(Data() with { CheckIns = [] }, Kenji, 9, culture).Text();
        var lena = MyKeyResultsReport.Build(Data(), Lena, 9, culture).Text();

        AssertOneLanguage(locale, wei);
        AssertOneLanguage(locale, kenji);
        AssertOneLanguage(locale, lena);
    }

    [Fact]
    public void The_chinese_check_in_prompt_names_the_week_and_offers_its_buttons_in_chinese()
    {
        var prompt = CheckInPrompt.Reminder(Data(), Kenji, Week9, Chinese);

        Assert.Equal("Kenji，第 9 周的填报还没交，8月30日（周日）前都可以填", prompt.Headline);
        Assert.Equal(["填报", "在这里逐项回答"], prompt.Buttons.Select(b => b.Label));
    }

    /// <summary>The quarter's data with Wei's returns rate at risk in week 9, in his own words, and a Japanese holiday that week.</summary>
    private static Core.Reviews.QuarterData WithWeekNineWords()
    {
        var data = Data();
        return data with
        {
            Team = data.Team with { Holidays = [new Core.People.Holiday("Japan", new DateOnly(2026, 8, 26), "Obon bridge day")] },
            CheckIns = [.. data.CheckIns.Select(c => c.KeyResultId == ReturnsRate.Id && c.WeekNumber == 9 ? c with { Confidence = Confidence.AtRisk, Comment = "Size charts still confuse buyers", Blockers = "Supplier photos late" } : c)],
        };
    }

    /// <summary>What people typed is as they typed it; every other word is the reader's language.</summary>
    private static void AssertOneLanguage(string locale, string text, params string[] alsoTyped)
    {
        var data = Data();
        var objectives = data.Objectives.SelectMany(o => new[] { o.Title, o.Basis });
        var keyResults = data.Objectives.SelectMany(o => o.KeyResults).SelectMany(k => new[] { k.Title, k.Basis, (k.Unit as Core.Okrs.CountUnit)?.Name });
        var typed = Members.SelectMany(m => new[] { m.Name, CheckInPrompt.FirstName(m), m.Market })
            .Concat(objectives)
            .Concat(keyResults)
            .Concat(data.Answers.Select(a => a.Text))
            .Concat([Team.Name, Q3.ToString(), Q2.ToString(), "Size charts still confuse buyers", "Supplier photos late", "Obon bridge day"])
            .Concat(alsoTyped)
            .OfType<string>()
            .ToList();
        if (locale.StartsWith("zh", StringComparison.Ordinal))
        {
            LanguageAssert.Chinese(text, typed);
        }
        else
        {
            LanguageAssert.English(text, typed);
        }
    }
}
