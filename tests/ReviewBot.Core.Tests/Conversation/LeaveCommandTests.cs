using ReviewBot.Core.Conversation;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Tests.Conversation;

public class LeaveCommandTests
{
    private readonly TestTeam _team = new();

    private IEnumerable<Leave> Stored => _team.Store.Leaves.Where(l => l.WorkspaceId == TestTeam.WorkspaceId).Select(l => l.Leave);

    [Fact]
    public async Task A_member_sets_their_own_leave_with_a_range_of_iso_dates()
    {
        var reply = (await _team.SayAsync(_team.Andy, "review leave 2026-12-22..2027-01-02")).Message();

        Assert.Equal("Leave noted: you are away from Tue, Dec 22, 2026 to Sat, Jan 2, 2027 (12 days).", reply.Headline);
        Assert.Equal("No check-in prompts or reminders on those days. Type review leave clear to remove it.", reply.Context.Single());
        Assert.Equal([new Leave("andy", new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 2))], Stored);
    }

    [Fact]
    public async Task One_date_is_leave_for_that_single_day()
    {
        var reply = (await _team.SayAsync(_team.Andy, "review leave 2026-11-23")).Message();

        Assert.Equal("Leave noted: you are away from Mon, Nov 23, 2026 to Mon, Nov 23, 2026 (1 day).", reply.Headline);
        Assert.Equal([new Leave("andy", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23))], Stored);
    }

    [Fact]
    public async Task A_manager_sets_leave_for_a_member_of_their_team_by_mention_or_first_name()
    {
        var byMention = (await _team.SayAsync(_team.Mia, "review leave @Ben 2026-12-22..2027-01-02")).Message();
        await _team.SayAsync(_team.Mia, "review leave andy 2026-12-24");

        Assert.Equal("Leave noted: Ben Weber is away from Tue, Dec 22, 2026 to Sat, Jan 2, 2027 (12 days).", byMention.Headline);
        Assert.Equal("No check-in prompts or reminders on those days. Type review leave clear @Ben to remove it.", byMention.Context.Single());
        Assert.Equal(["ben", "andy"], Stored.Select(l => l.MemberId));
    }

    [Fact]
    public async Task A_member_naming_someone_else_is_refused_and_nothing_is_saved()
    {
        var reply = (await _team.SayAsync(_team.Andy, "review leave @Ben 2026-12-22..2027-01-02")).Message();
        var clear = (await _team.SayAsync(_team.Andy, "review leave clear @Ben")).Message();

        Assert.Equal("Only the team's managers can set or clear someone else's leave; write review leave with dates for your own.", reply.Headline);
        Assert.Equal(reply.Headline, clear.Headline);
        Assert.Empty(Stored);
    }

    [Theory]
    [InlineData("review leave 2027-01-02..2026-12-22", "That leave ends on 2026-12-22, before it starts on 2027-01-02.", "Write the first day, then the last: review leave 2026-12-22..2027-01-02.")]
    [InlineData("review leave 2026-12-22..2028-01-02", "That leave is 377 days long; I take at most a year at a time.", "Check the years in the dates, or add the leave one year at a time: review leave 2026-12-22..2027-01-02.")]
    [InlineData("review leave 2026-11-02..2026-11-13", "That leave ended on 2026-11-13, so it would change nothing.", "Leave is for days from today (2026-11-20) on: review leave 2026-12-22..2027-01-02.")]
    [InlineData("review leave 22.12.2026", "I couldn't read '22.12.2026' as dates in review leave.", "Write the first and last day away, both included, as year-month-day: review leave 2026-12-22..2027-01-02, or one date for a single day.")]
    [InlineData("review leave 2026-12-22..", "I couldn't read '2026-12-22..' as dates in review leave.", "Write the first and last day away, both included, as year-month-day: review leave 2026-12-22..2027-01-02, or one date for a single day.")]
    [InlineData("review leave soon", "I couldn't read 'soon' in review leave: it is not a date or a person on Export Sales.", "Write review leave 2026-12-22..2027-01-02 for your own leave.")]
    public async Task A_bad_range_says_what_was_wrong_and_what_would_work(string command, string headline, string hint)
    {
        var reply = (await _team.SayAsync(_team.Andy, command)).Message();

        Assert.Equal((headline, hint), (reply.Headline, reply.Context.Single()));
        Assert.Empty(Stored);
    }

    [Fact]
    public async Task Leave_alone_lists_current_and_upcoming_leave_the_members_own_or_for_a_manager_the_teams()
    {
        _team.Store.Leaves.Add((TestTeam.WorkspaceId, new Leave("andy", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 6))));
        await _team.SayAsync(_team.Andy, "review leave 2026-12-22..2027-01-02");
        await _team.SayAsync(_team.Mia, "review leave @Ben 2026-11-19..2026-11-27");

        var andys = (await _team.SayAsync(_team.Andy, "review leave")).Message();
        var teams = (await _team.SayAsync(_team.Mia, "review leave")).Message();
        var none = (await _team.SayAsync(_team.Mia, "review leave @Mia")).Message();

        Assert.Equal("Your leave, today and coming up", andys.Headline);
        Assert.Equal(["Andy Miller: Tue, Dec 22, 2026 to Sat, Jan 2, 2027"], andys.Sections.Single().Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal("Leave on Export Sales, today and coming up", teams.Headline);
        Assert.Equal(["Ben Weber: Thu, Nov 19, 2026 to Fri, Nov 27, 2026", "Andy Miller: Tue, Dec 22, 2026 to Sat, Jan 2, 2027"], teams.Sections.Single().Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal("You have no leave coming up.", none.Headline);
    }

    [Fact]
    public async Task Clear_removes_the_speakers_leave_and_a_managers_clear_with_a_name_removes_that_members()
    {
        await _team.SayAsync(_team.Andy, "review leave 2026-12-22..2027-01-02");
        await _team.SayAsync(_team.Mia, "review leave @Ben 2026-12-22");

        var cleared = (await _team.SayAsync(_team.Andy, "review leave clear")).Message();
        var again = (await _team.SayAsync(_team.Andy, "review leave cancel")).Message();
        Assert.Equal(["ben"], Stored.Select(l => l.MemberId));
        var bens = (await _team.SayAsync(_team.Mia, "review leave clear @Ben")).Message();

        Assert.Equal("Your leave is cleared; check-in prompts and reminders go out as usual.", cleared.Headline);
        Assert.Equal("You have no leave to clear.", again.Headline);
        Assert.Equal("Ben Weber's leave is cleared; check-in prompts and reminders go out as usual.", bens.Headline);
        Assert.Empty(Stored);
    }

    [Fact]
    public async Task The_managers_week_shows_a_member_on_leave_as_on_leave_until_not_as_missing()
    {
        await _team.SayAsync(_team.Mia, "review leave @Ben 2026-11-16..2026-12-02");

        var week = (await _team.SayAsync(_team.Mia, "review week")).Message();

        Assert.Equal(
            ["Checked in (0 of 2): nobody yet", "Not yet: Andy Miller", "On leave: Ben Weber until Dec 2"],
            week.Sections[0].Facts.Select(f => $"{f.Label}: {f.Value}"));
    }

    [Fact]
    public async Task Remind_does_not_nudge_a_member_on_leave_today()
    {
        await _team.SayAsync(_team.Andy, "review leave 2026-11-20..2026-11-27");

        var summary = (await _team.SayAsync(_team.Mia, "review remind")).Message();

        Assert.Equal("Nobody was nudged.", summary.Headline);
        Assert.Equal("Andy Miller is on leave until Nov 27 and was not nudged.", summary.Context[^1]);
    }

    [Fact]
    public async Task Leave_is_in_the_help_for_members_and_managers()
    {
        var member = (await _team.SayAsync(_team.Andy, "review help")).Message();
        var manager = (await _team.SayAsync(_team.Mia, "review help")).Message();

        Assert.Contains(member.Sections.Single().Facts, f => f.Label == "review leave [2026-12-22..2027-01-02]");
        Assert.Contains(manager.Sections.Single().Facts, f => f.Label == "review leave [@name] [2026-12-22..2027-01-02]");
    }
}
