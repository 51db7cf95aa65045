using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Tests.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Lessons;

/// <summary>
/// <c>review lessons</c> on the test team's past: in 2026-Q2 Ben sold a German storefront (its own market, Germany)
/// and Andy US revenue; in 2026-Q3 Andy and Olga, who has since left, wrote what worked. It is 2026-Q4.
/// </summary>
public class LessonsCommandTests
{
    private const string GermanPrices = "Prices in Germany were 10% above Amazon's; we cut them in week 6.";
    private static readonly Quarter Q2 = new(2026, 2);
    private static readonly Quarter Q3 = new(2026, 3);

    public static TheoryData<string> Locales => ["en-US", "zh-CN"];

    private static TestTeam Team(string andyLocale = "en-US")
    {
        var team = new TestTeam(andyLocale);
        var germanStorefront = PastKeyResult("kr-q2-de", "de-revenue", "German storefront revenue", team.Ben, "obj-q2") with { Market = "Germany" };
        var usRevenue = PastKeyResult("kr-q2-us", "us-revenue", "US revenue", team.Andy, "obj-q2");
        team.Store.Objectives.Add(new Objective
        {
            Id = "obj-q2",
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = team.Team.Id,
            Quarter = Q2,
            Key = "grow",
            Title = "Grow export revenue",
            Basis = "Two new storefronts",
            KeyResults = [germanStorefront, usRevenue],
        });
        var olga = team.Andy with { Id = "olga", Name = "Olga Petrova", Email = "olga@example.com", SlackUserId = "U-olga", Market = "India & SEA", Active = false };
        team.Store.Members.Add(olga);
        Wrote(team, team.Ben, Q2, "cause", GermanPrices, germanStorefront.Id, day: 1);
        Wrote(team, team.Ben, Q2, "worked", "A local returns address in Hamburg.", day: 2);
        Wrote(team, team.Andy, Q2, "change", "Start pricing talks with Walmart earlier.", day: 3);
        Wrote(team, team.Andy, Q3, "worked", "Bundling samples with the first order.", day: 4);
        Wrote(team, olga, Q3, "worked", "Paying distributors in rupees.", day: 5);
        // A weekly answer is no lesson, whatever it says.
        team.Store.Answers.Add(new ReviewAnswer("weekly-1", TestTeam.WorkspaceId, ReviewTemplates.WeeklyCheckIn.Id, "blockers", team.Ben.Id, Q2, 5, null, "Germany pricing again", team.Time.GetUtcNow()));
        return team;
    }

    private static void Wrote(TestTeam team, Member who, Quarter quarter, string question, string text, string? keyResultId = null, int day = 0) =>
        team.Store.Answers.Add(new ReviewAnswer(Ids.New(), TestTeam.WorkspaceId, ReviewTemplates.Retrospective.Id, question, who.Id, quarter, 13, keyResultId, text, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day)));

    private static KeyResult PastKeyResult(string id, string key, string title, Member owner, string objectiveId) => new()
    {
        Id = id,
        WorkspaceId = TestTeam.WorkspaceId,
        ObjectiveId = objectiveId,
        Key = key,
        Title = title,
        OwnerMemberId = owner.Id,
        Unit = KeyResultUnit.Currency("USD"),
        Start = 0m,
        Target = 1_000_000m,
        Basis = "Last year's orders",
    };

    [Fact]
    public async Task A_newcomer_finds_what_the_team_learnt_about_a_market_two_quarters_ago()
    {
        var team = Team();
        var nina = team.Ben with { Id = "nina", Name = "Nina Fischer", Email = "nina@example.com", SlackUserId = "U-nina", Locale = "en-US" };
        team.Store.Members.Add(nina);

        var found = (await team.SayAsync(nina, "review lessons Germany 2026-Q2")).Message();

        Assert.Equal("1 lesson about Germany, in 2026-Q2", found.Headline);
        var quarter = Assert.Single(found.Sections);
        Assert.Equal("2026-Q2", quarter.Title);
        Assert.Equal($"• Ben Weber (Europe) · cause of German storefront revenue in Germany: {GermanPrices}", quarter.Text);
        Assert.Empty(found.Context);
    }

    [Fact]
    public async Task Review_lessons_alone_shows_the_latest_lessons_by_quarter_newest_first()
    {
        var team = Team();

        var latest = (await team.SayAsync(team.Andy, "review lessons")).Message();

        Assert.Equal("The latest 5 lessons of Export Sales", latest.Headline);
        Assert.Equal(["2026-Q3", "2026-Q2"], latest.Sections.Select(s => s.Title));
        Assert.Equal(
            "• Andy Miller (US) · what worked: Bundling samples with the first order.\n• Olga Petrova (India & SEA, has left the team) · what worked: Paying distributors in rupees.",
            latest.Sections[0].Text);
        Assert.Contains("• Andy Miller (US) · what to change: Start pricing talks with Walmart earlier.", latest.Sections[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Germany pricing again", latest.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_a_person_and_a_range_narrow_it_and_the_headline_says_so()
    {
        var team = Team();

        var found = (await team.SayAsync(team.Mia, "review lessons pricing @Andy 2026-Q1..2026-Q3")).Message();

        Assert.Equal("1 lesson with “pricing”, by Andy Miller, from 2026-Q1 to 2026-Q3", found.Headline);
        Assert.Equal("• Andy Miller (US) · what to change: Start pricing talks with Walmart earlier.", Assert.Single(found.Sections).Text);
    }

    [Fact]
    public async Task A_former_members_lessons_are_found_by_their_name_and_their_market()
    {
        var team = Team();

        var byName = (await team.SayAsync(team.Ben, "review lessons @Olga")).Message();
        var byMarket = (await team.SayAsync(team.Ben, "review lessons India & SEA")).Message();

        Assert.Equal("1 lesson by Olga Petrova", byName.Headline);
        Assert.Equal("1 lesson about India & SEA", byMarket.Headline);
        Assert.Equal("• Olga Petrova (India & SEA, has left the team) · what worked: Paying distributors in rupees.", byMarket.Sections.Single().Text);
    }

    [Fact]
    public async Task Nothing_found_says_what_was_searched_and_what_would_find_something()
    {
        var team = Team();

        var none = (await team.SayAsync(team.Andy, "review lessons pricing robots @Ben Germany 2026-Q2")).Message();

        Assert.Equal("No lessons with “pricing robots”, by Ben Weber, about Germany, in 2026-Q2.", none.Headline);
        Assert.Empty(none.Sections);
        Assert.Equal(
            [
                "Try fewer words: review lessons pricing",
                "Leave out Ben Weber to search everyone's lessons.",
                "Leave out Germany to search every market.",
                "Try another quarter, or a range: review lessons 2025-Q4..2026-Q4",
                "review lessons alone shows the team's latest lessons.",
            ],
            none.Context);
    }

    [Fact]
    public async Task A_team_without_lessons_is_told_where_they_come_from()
    {
        var team = new TestTeam();

        var none = (await team.SayAsync(team.Andy, "review lessons")).Message();

        Assert.Equal("Export Sales has no lessons yet.", none.Headline);
        Assert.Contains("retrospective", Assert.Single(none.Context), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_backwards_is_refused_through_the_engine_and_nothing_is_searched()
    {
        var team = Team();

        var refusal = (await team.SayAsync(team.Andy, "review lessons 2026-Q3..2026-Q1")).Message();

        Assert.Equal("The range starts at 2026-Q3, after its end 2026-Q1.", refusal.Headline);
        Assert.Empty(refusal.Sections);
    }

    [Fact]
    public async Task A_long_answer_is_cut_short_with_an_ellipsis_and_a_full_page_says_only_the_first_are_shown()
    {
        var team = Team();
        var longAnswer = string.Join(' ', Enumerable.Repeat("Freight from Ningbo cost more than planned.", 40));
        for (var i = 0; i < 25; i++)
        {
            Wrote(team, team.Ben, new Quarter(2026, 1), "worked", i == 0 ? longAnswer : $"Freight booked early, case {i}.", day: 10 + i);
        }

        var found = (await team.SayAsync(team.Ben, "review lessons freight")).Message();

        Assert.Equal("20 lessons with “freight”", found.Headline);
        Assert.Equal(20, found.Sections.Single().Text!.Split('\n').Length);
        var cut = found.Sections.Single().Text!.Split('\n')[0];
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.InRange(cut.Length, 300, 460);
        Assert.Equal("Only the first 20 are shown: add a word, a person, a market or a quarter to narrow the search.", Assert.Single(found.Context));
    }

    [Fact]
    public async Task In_chinese_the_results_read_chinese_around_what_people_wrote()
    {
        var team = Team(andyLocale: "zh-CN");

        var found = (await team.SayAsync(team.Andy, "复盘 经验 Germany 2026-Q2")).Message();

        Assert.Equal("找到 1 条经验：关于 Germany 市场、季度 2026-Q2", found.Headline);
        Assert.Equal($"• Ben Weber（Europe） · Germany 市场 German storefront revenue 的原因：{GermanPrices}", found.Sections.Single().Text);
        LanguageAssert.Chinese(found.Text(), "Ben Weber", "Europe", "Germany", "German storefront revenue", GermanPrices);
    }

    [Fact]
    public async Task In_chinese_nothing_found_suggests_in_chinese()
    {
        var team = Team(andyLocale: "zh-CN");

        var none = (await team.SayAsync(team.Andy, "复盘 经验 机器人 上季度")).Message();

        Assert.Equal("没有找到经验：含“机器人”、季度 2026-Q3。", none.Headline);
        Assert.Contains("只输入 复盘 经验 会列出团队最近的经验。", none.Context);
        LanguageAssert.Chinese(none.Text(), "2025-Q4..2026-Q4");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Every_reply_reads_in_the_readers_language(string locale)
    {
        var team = Team(andyLocale: locale);
        var typed = new[] { "Ben Weber", "Andy Miller", "Olga Petrova", "Europe", "US", "India & SEA", "Germany", "German storefront revenue", "Export Sales", GermanPrices,
            "A local returns address in Hamburg.", "Start pricing talks with Walmart earlier.", "Bundling samples with the first order.", "Paying distributors in rupees.", "pricing", "robots", "@Zoe", "Zoe" };

        foreach (var command in new[] { "review lessons", "review lessons pricing", "review lessons robots", "review lessons @Zoe", "review lessons 2026-Q3..2026-Q1", "review lessons 2027-Q1", "review lessons US Germany" })
        {
            var text = (await team.SayAsync(team.Andy, command)).Text();
            if (locale == "zh-CN")
            {
                LanguageAssert.Chinese(text, typed);
            }
            else
            {
                LanguageAssert.English(text, typed);
            }
        }
    }
}
