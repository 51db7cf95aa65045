using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>What the scheduler asks the engine for: reminders, the retrospective prompt, the quarter review post and the digest.</summary>
public class ScheduledMessageTests
{
    private static readonly DateTimeOffset LastWeekOfQ4 = new(2026, 12, 29, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstWeekOfQ1 = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly TestTeam _team = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_reminder_is_the_whole_prompt_saying_it_is_still_open_and_until_which_day()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 7, 10_000_000m);
        var prompt = await _team.Engine.CheckInPromptAsync(_team.Andy, Ct);

        var reminder = await _team.Engine.ReminderAsync(_team.Andy, Ct);

        Assert.NotNull(reminder);
        Assert.Equal("Andy, your week 8 check-in is still open until Sunday, Nov 22", reminder.Headline);
        Assert.Equal(prompt!.Sections.Single().Facts, reminder.Sections.Single().Facts);
        Assert.Equal(prompt.Context, reminder.Context);
        Assert.Equal([ActionIds.OpenCheckIn, ActionIds.CheckInByText], reminder.Buttons.Select(b => b.ActionId));
        Assert.Equal("andy", reminder.ToMemberId);
    }

    [Fact]
    public async Task The_reminder_names_the_closing_day_in_the_members_own_language()
    {
        var reminder = await _team.Engine.ReminderAsync(_team.Ben, Ct);

        Assert.Equal("Ben, your week 8 check-in is still open until Sonntag, 22. November", reminder!.Headline);
    }

    [Fact]
    public async Task Nobody_is_reminded_who_checked_in_this_week_or_owns_no_key_results()
    {
        _team.CheckedIn(_team.Andy, _team.Conversion, 8, 2.4m);

        Assert.Null(await _team.Engine.ReminderAsync(_team.Andy, Ct));
        Assert.Null(await _team.Engine.ReminderAsync(_team.Mia, Ct));
    }

    [Fact]
    public async Task The_retrospective_prompt_shows_the_key_results_and_until_when_it_is_open()
    {
        _team.Time.SetUtcNow(LastWeekOfQ4);
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 12, 20_000_000m);

        var prompt = await _team.Engine.RetrospectivePromptAsync(_team.Andy, Ct);

        Assert.NotNull(prompt);
        Assert.Equal("Andy, time for your 2026-Q4 retrospective", prompt.Headline);
        Assert.Equal(
            ["US revenue: US$20M of US$24.7M · last in week 12", "Storefront conversion: target 3% · no check-in yet"],
            prompt.Sections[0].Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Contains("why it ended where it did", prompt.Sections[1].Text, StringComparison.Ordinal);
        Assert.Equal("Open until Sunday, Jan 10. Answering again replaces your earlier answers.", prompt.Context.Single());
        Assert.Equal([ActionIds.OpenRetrospective, ActionIds.RetrospectiveByText], prompt.Buttons.Select(b => b.ActionId));
        Assert.Equal("andy", prompt.ToMemberId);
        Assert.Null(await _team.Engine.RetrospectivePromptAsync(_team.Mia, Ct));
    }

    [Fact]
    public async Task The_retrospective_prompts_buttons_open_the_form_or_the_text_dialog_even_after_the_quarter_ended()
    {
        _team.Time.SetUtcNow(FirstWeekOfQ1);

        var prompt = await _team.Engine.RetrospectivePromptAsync(_team.Andy, Ct);
        var form = (await _team.PressAsync(_team.Andy, prompt!.Buttons[0].ActionId)).Form();
        await _team.PressAsync(_team.Andy, prompt.Buttons[1].ActionId);

        Assert.Equal("Andy, time for your 2026-Q4 retrospective", prompt.Headline);
        Assert.Equal("checkin|quarter-retrospective|2026-Q4|14|andy", form.FormId);
        var dialog = await _team.Store.DialogAsync(TestTeam.WorkspaceId, "andy", Ct);
        Assert.Equal((ReviewTemplates.Retrospective.Id, TestTeam.Q4), (dialog!.TemplateId, dialog.Quarter));
    }

    [Fact]
    public async Task The_quarter_review_post_after_the_quarter_holds_the_causes_and_lessons_collected()
    {
        _team.Time.SetUtcNow(LastWeekOfQ4);
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 14, 26_100_000m);
        Answer("cause", _team.UsRevenue.Id, "Two renewals closed early.");
        Answer("worked", null, "Weekly calls with key accounts.");
        Answer("change", null, "Start renewals a month earlier.");
        _team.Time.SetUtcNow(FirstWeekOfQ1);

        var post = await _team.Engine.QuarterReviewPostAsync(_team.Team, TestTeam.Q4, Ct);

        Assert.Equal("Export Sales · 2026-Q4 review (final)", post.Headline);
        Assert.Equal(ReplyAudience.Channel, post.Audience);
        Assert.Equal(["1. Goals and their basis", "2. Results against goals", "Roll-ups (money in USD at 2026-Q4 rates)", "3. Causes", "4. Lessons", "Check-ins received: 1 of 28"], post.Sections.Select(s => s.Title));
        Assert.Contains("• US revenue (Andy Miller): Two renewals closed early.", post.Sections[3].Text, StringComparison.Ordinal);
        Assert.Contains("• Andy Miller: Weekly calls with key accounts.", post.Sections[4].Text, StringComparison.Ordinal);
        Assert.Contains("• Andy Miller: Start renewals a month earlier.", post.Sections[4].Text, StringComparison.Ordinal);
        Assert.StartsWith("🟢 US$26.1M of US$24.7M", post.Sections[1].Facts.Single(f => f.Label == "US revenue (Andy Miller)").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_posted_to_the_channel_of_an_american_team_is_in_american_english_though_its_manager_reads_chinese()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 8, 14_820_000m);
        _team.Store.Members[0] = _team.Mia with { Locale = "zh-CN" };

        var post = await _team.Engine.QuarterReviewPostAsync(_team.Team with { Locale = "en-US" }, TestTeam.Q4, Ct);

        Assert.StartsWith("🟡 US$14.82M", post.Sections[1].Facts.Single(f => f.Label == "US revenue (Andy Miller)").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_post_is_written_in_the_teams_locale_whoever_manages_the_team()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 8, 14_820_000m);
        _team.Store.Members[0] = _team.Mia with { Locale = "en-US" };

        var german = await _team.Engine.QuarterReviewPostAsync(_team.Team with { Locale = "de-DE" }, TestTeam.Q4, Ct);
        var chinese = await _team.Engine.QuarterReviewPostAsync(_team.Team with { Locale = "zh-CN" }, TestTeam.Q4, Ct);

        Assert.StartsWith("🟡 14,82 Mio. US$", german.Sections[1].Facts.Single(f => f.Label == "US revenue (Andy Miller)").Value, StringComparison.Ordinal);
        Assert.StartsWith("🟡 US$1,482万", chinese.Sections[1].Facts.Single(f => f.Label == "US revenue（Andy Miller）").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekly_digest_is_in_the_teams_locale_not_the_managers()
    {
        _team.CheckedIn(_team.Andy, _team.Conversion, 8, 2.4m, Confidence.AtRisk, comment: "Checkout still slow");
        _team.Store.Members[0] = _team.Mia with { Locale = "zh-CN" };

        var digest = await _team.Engine.WeeklyDigestAsync(_team.Team with { Locale = "de-DE" }, TestTeam.Q4, 8, Ct);

        Assert.EndsWith("(16.–22. November)", digest.Headline, StringComparison.Ordinal);
        Assert.Contains("2,4 % of 3 %", digest.Sections[1].Facts.Single(f => f.Label == "Storefront conversion (Andy Miller)").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekly_digest_says_who_checked_in_who_has_not_and_what_is_at_risk()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 8, 14_820_000m);
        _team.CheckedIn(_team.Andy, _team.Conversion, 8, 2.4m, Confidence.AtRisk, comment: "Checkout still slow");

        var digest = await _team.Engine.WeeklyDigestAsync(_team.Team, TestTeam.Q4, 8, Ct);

        Assert.Equal("Weekly digest · Export Sales · week 8 of 2026-Q4 (Nov 16–22)", digest.Headline);
        Assert.Equal(ReplyAudience.Channel, digest.Audience);
        Assert.Equal(["Check-ins", "At risk or off track"], digest.Sections.Select(s => s.Title));
        Assert.Equal(["Checked in (1 of 2): Andy Miller", "Not yet: Ben Weber (holiday: Test holiday)"], digest.Sections[0].Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal("at risk in week 8 · 2.4% of 3% · “Checkout still slow”", digest.Sections[1].Facts.Single(f => f.Label == "Storefront conversion (Andy Miller)").Value);
    }

    private void Answer(string questionId, string? keyResultId, string text) =>
        _team.Store.Answers.Add(new ReviewAnswer(Ids.New(), TestTeam.WorkspaceId, ReviewTemplates.Retrospective.Id, questionId, _team.Andy.Id, TestTeam.Q4, 14, keyResultId, text, _team.Time.GetUtcNow()));
}
