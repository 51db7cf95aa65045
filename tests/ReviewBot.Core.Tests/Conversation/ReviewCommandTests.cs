using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Tests.Conversation;

public class ReviewCommandTests
{
    private readonly TestTeam _team = new();

    public ReviewCommandTests()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 6, 9_000_000m);
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 7, 10_000_000m, Confidence.OnTrack, blockers: "Customs paperwork");
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 8, 14_820_000m, Confidence.OnTrack, blockers: "Customs paperwork.");
        _team.CheckedIn(_team.Andy, _team.Conversion, 8, 2.4m, Confidence.AtRisk, comment: "Checkout still slow");
        _team.CheckedIn(_team.Ben, _team.EuropeRevenue, 7, 5_000_000m, Confidence.OffTrack, comment: "Launch slipped", blockers: "Translations late");
    }

    [Fact]
    public async Task Me_shows_my_key_results_with_latest_value_progress_score_and_trend()
    {
        var me = (await _team.SayAsync(_team.Andy, "review me")).Message();

        Assert.Equal("Your key results · 2026-Q4, week 8", me.Headline);
        var revenue = me.Sections.Single().Facts.Single(f => f.Label == "US revenue").Value;
        Assert.Equal("US$14.82M in week 8 · target US$24.7M · progress 60% · score 0.60 🟡 · trend ▅▅▅", revenue.Replace("▄", "▅", StringComparison.Ordinal));
        Assert.Contains("at risk", me.Sections.Single().Facts.Single(f => f.Label == "Storefront conversion").Value, StringComparison.Ordinal);
        Assert.Equal("You have checked in this week; checking in again replaces this week's values.", me.Context.Single());
    }

    [Fact]
    public async Task Week_shows_who_checked_in_what_is_at_risk_and_the_biggest_movers()
    {
        var week = (await _team.SayAsync(_team.Mia, "review week")).Message();

        Assert.Equal("Export Sales · week 8 of 2026-Q4 (Nov 16–22)", week.Headline);
        var checkIns = week.Sections[0].Facts;
        Assert.Equal("Andy Miller", checkIns.Single(f => f.Label == "Checked in (1 of 2)").Value);
        Assert.Equal("Ben Weber (holiday: Test holiday)", checkIns.Single(f => f.Label == "Not yet").Value);
        Assert.Equal(["Europe revenue (Ben Weber)", "Storefront conversion (Andy Miller)"], week.Sections[1].Facts.Select(f => f.Label));
        Assert.StartsWith("off track in week 7", week.Sections[1].Facts[0].Value, StringComparison.Ordinal);
        var mover = Assert.Single(week.Sections[2].Facts, f => f.Label == "US revenue (Andy Miller)");
        Assert.Equal("score 0.40 → 0.60 (+0.20)", mover.Value);
    }

    [Fact]
    public async Task A_member_asking_for_the_quarter_gets_their_own_review()
    {
        var review = (await _team.SayAsync(_team.Andy, "review quarter")).Message();

        Assert.Equal("Andy Miller · 2026-Q4 review so far (week 8 of 14)", review.Headline);
        Assert.DoesNotContain("Europe revenue", review.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_managers_quarter_review_walks_the_four_steps_with_pace_and_rollups()
    {
        var review = (await _team.SayAsync(_team.Mia, "review quarter")).Message();

        Assert.Equal(["1. Goals and their basis", "2. Results against goals", "Roll-ups (money in USD at 2026-Q4 rates)", "3. Causes", "4. Lessons"], review.Sections.Take(5).Select(s => s.Title));
        Assert.StartsWith("Check-ins received: ", review.Sections[5].Title, StringComparison.Ordinal);
        Assert.Contains("US revenue: Andy Miller, US, from US$0 to US$24.7M. Basis: Basis for US revenue", review.Sections[0].Text, StringComparison.Ordinal);
        var revenue = review.Sections[1].Facts.Single(f => f.Label == "US revenue (Andy Miller)").Value;
        Assert.StartsWith("🟡 US$14.82M of US$24.7M · -US$9.88M · 60% · score 0.60", revenue, StringComparison.Ordinal);
        Assert.Contains("pace US$", revenue, StringComparison.Ordinal);
        // US$14.82M + €5M × 1.16 = US$20.62M of US$24.7M + €17.5M × 1.16 = US$45M.
        // The difference in the reporting currency: US$20.62M - US$45M = -US$24.38M; 20.62 / 45 = 45.8%.
        Assert.Equal("🔴 score 0.30 · US$20.62M of US$45M (-US$24.38M, 45.8%)", review.Sections[2].Facts.Single(f => f.Label == "Export Sales (team)").Value);
        Assert.Contains("• Europe revenue (Ben Weber, week 7): Launch slipped", review.Sections[3].Text, StringComparison.Ordinal);
        Assert.Contains("Blockers raised most often: Customs paperwork (2 weeks); Translations late (1 week).", review.Sections[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manager_can_review_one_person_and_post_the_review_to_the_channel()
    {
        var ben = (await _team.SayAsync(_team.Mia, "review quarter @Ben")).Message();
        var posted = (await _team.SayAsync(_team.Mia, "review quarter post")).Message();

        Assert.StartsWith("Ben Weber · 2026-Q4 review", ben.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("US revenue", ben.Text(), StringComparison.Ordinal);
        Assert.Equal(ReplyAudience.Channel, posted.Audience);
        Assert.Equal(ReplyAudience.Requester, ben.Audience);
    }

    [Fact]
    public async Task A_finished_quarter_shows_the_final_review_with_causes_and_lessons_from_the_retrospective()
    {
        var q3 = TestTeam.Q4.Previous();
        _team.Store.Objectives.Add(_team.Store.Objectives[0] with { Id = "obj-q3", Quarter = q3, KeyResults = [_team.UsRevenue with { Id = "kr-q3-us", ObjectiveId = "obj-q3" }] });
        _team.CheckedIn(_team.Andy, _team.UsRevenue with { Id = "kr-q3-us" }, 13, 26_000_000m, quarter: q3);
        _team.Store.Answers.AddRange(
        [
            new ReviewAnswer("a1", TestTeam.WorkspaceId, ReviewTemplates.Retrospective.Id, "cause", "andy", q3, 13, "kr-q3-us", "Two renewals closed early.", _team.Time.GetUtcNow()),
            new ReviewAnswer("a2", TestTeam.WorkspaceId, ReviewTemplates.Retrospective.Id, "worked", "andy", q3, 13, null, "Weekly calls with key accounts.", _team.Time.GetUtcNow()),
            new ReviewAnswer("a3", TestTeam.WorkspaceId, ReviewTemplates.Retrospective.Id, "change", "andy", q3, 13, null, "Start renewals a month earlier.", _team.Time.GetUtcNow()),
        ]);

        var review = (await _team.SayAsync(_team.Mia, "review quarter last")).Message();

        Assert.Equal("Export Sales · 2026-Q3 review (final)", review.Headline);
        // 26 / 24.7 = 1.05263: attainment with one decimal.
        Assert.StartsWith("🟢 US$26M of US$24.7M · +US$1.3M · 105.3% · score 1.00", review.Sections[1].Facts.Single().Value, StringComparison.Ordinal);
        Assert.DoesNotContain("pace", review.Sections[1].Facts.Single().Value, StringComparison.Ordinal);
        Assert.Contains("• US revenue (Andy Miller): Two renewals closed early.", review.Sections[3].Text, StringComparison.Ordinal);
        Assert.Equal("What worked:\n• Andy Miller: Weekly calls with key accounts.\nWhat to change next quarter:\n• Andy Miller: Start renewals a month earlier.", review.Sections[4].Text);
    }

    [Fact]
    public async Task A_missing_exchange_rate_leaves_money_out_with_the_reason_and_never_converts_one_to_one()
    {
        var q3 = TestTeam.Q4.Previous();
        _team.Store.Objectives.Add(_team.Store.Objectives[0] with { Id = "obj-q3", Quarter = q3, KeyResults = [_team.EuropeRevenue with { Id = "kr-q3-eu", ObjectiveId = "obj-q3", Unit = Core.Okrs.KeyResultUnit.Currency("GBP") }] });

        var review = (await _team.SayAsync(_team.Mia, "review quarter 2026-Q3")).Message();

        Assert.Contains("Money totals left out: There is no GBP→USD exchange rate for 2026-Q3. Add it under exchangeRates in the team's OKR file and import it again.", review.Context);
        Assert.DoesNotContain("US$", review.Sections[2].Facts.Single(f => f.Label == "Export Sales (team)").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_future_quarter_is_refused()
    {
        Assert.Equal("2027-Q2 has not started yet; the current quarter is 2026-Q4.", (await _team.SayAsync(_team.Mia, "review quarter 2027-Q2")).Message().Headline);
    }

    [Fact]
    public async Task Remind_nudges_everyone_who_has_not_checked_in_except_on_their_public_holiday()
    {
        _team.Store.Members.Add(_team.Andy with { Id = "cindy", Name = "Cindy Sharma", SlackUserId = "U-cindy", Market = "India & SEA" });
        _team.Store.Objectives[0] = _team.Store.Objectives[0] with { KeyResults = [.. _team.Store.Objectives[0].KeyResults, _team.Conversion with { Id = "kr-cindy", OwnerMemberId = "cindy" }] };

        var replies = await _team.SayAsync(_team.Mia, "review remind");

        var nudge = Assert.IsType<MessageReply>(replies[0]);
        Assert.Equal("cindy", nudge.ToMemberId);
        Assert.Equal("Cindy, your week 8 check-in is waiting", nudge.Headline);
        Assert.Equal([ActionIds.OpenCheckIn, ActionIds.CheckInByText], nudge.Buttons.Select(b => b.ActionId));
        var summary = Assert.IsType<MessageReply>(replies[^1]);
        Assert.Equal("Nudged 1 person: Cindy Sharma.", summary.Headline);
        Assert.Equal(["Already checked in, not nudged: Andy Miller.", "Ben Weber has a public holiday today (Test holiday) and was not nudged."], summary.Context);
        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task Remind_skips_whoever_was_nudged_within_the_cool_down_and_says_when_they_can_be_again()
    {
        _team.Store.Members.Add(_team.Andy with { Id = "cindy", Name = "Cindy Sharma", SlackUserId = "U-cindy", Market = "India & SEA" });
        _team.Store.Objectives[0] = _team.Store.Objectives[0] with { KeyResults = [.. _team.Store.Objectives[0].KeyResults, _team.Conversion with { Id = "kr-cindy", OwnerMemberId = "cindy" }] };
        await _team.SayAsync(_team.Mia, "review remind");

        _team.Time.Advance(TimeSpan.FromHours(3));
        var replies = await _team.SayAsync(_team.Mia, "review remind");

        var summary = Assert.IsType<MessageReply>(Assert.Single(replies));
        Assert.Equal("Nobody was nudged.", summary.Headline);
        Assert.Contains("Cindy Sharma was nudged 3 h ago and was not nudged again; next possible at ", summary.Context[^1], StringComparison.Ordinal);
        Assert.Single(_team.Store.Nudges);
    }

    [Fact]
    public async Task Remind_nudges_again_once_the_cool_down_is_over()
    {
        _team.Store.Members.Add(_team.Andy with { Id = "cindy", Name = "Cindy Sharma", SlackUserId = "U-cindy", Market = "India & SEA" });
        _team.Store.Objectives[0] = _team.Store.Objectives[0] with { KeyResults = [.. _team.Store.Objectives[0].KeyResults, _team.Conversion with { Id = "kr-cindy", OwnerMemberId = "cindy" }] };
        await _team.SayAsync(_team.Mia, "review remind");

        _team.Time.Advance(TimeSpan.FromHours(12));
        var replies = await _team.SayAsync(_team.Mia, "review remind");

        Assert.Equal("cindy", Assert.IsType<MessageReply>(replies[0]).ToMemberId);
        Assert.Equal(2, _team.Store.Nudges.Count);
    }

    [Fact]
    public async Task Remind_says_so_when_everyone_has_checked_in()
    {
        _team.CheckedIn(_team.Ben, _team.EuropeRevenue, 8, 6_000_000m);

        Assert.Equal("Everyone on Export Sales has checked in for week 8; nobody to nudge.", (await _team.SayAsync(_team.Mia, "review remind")).Message().Headline);
    }

    [Fact]
    public async Task A_milestone_in_the_review_reads_done_or_not_done_without_a_difference()
    {
        _team.CheckedIn(_team.Ben, _team.Storefront, 8, 1m);

        var review = (await _team.SayAsync(_team.Mia, "review quarter")).Message();

        var storefront = review.Sections[1].Facts.Single(f => f.Label == "German storefront live (Ben Weber)").Value;
        Assert.StartsWith("🟢 done · score 1.00", storefront, StringComparison.Ordinal);
    }
}
