using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;

namespace ReviewBot.Core.Tests.Conversation;

public class CommandTests
{
    private readonly TestTeam _team = new();

    [Fact]
    public async Task Help_lists_the_members_commands_without_the_managers_ones()
    {
        var help = (await _team.SayAsync(_team.Andy, "review help")).Message();

        var commands = help.Sections.Single().Facts.Select(f => f.Label).ToList();
        Assert.Contains("review checkin", commands);
        Assert.Contains("review me", commands);
        Assert.DoesNotContain("review week [team]", commands);
        Assert.DoesNotContain("review remind", commands);
        Assert.Equal("What you can do, Andy", help.Headline);
    }

    [Fact]
    public async Task Help_shows_a_manager_the_team_wide_commands_too()
    {
        var help = (await _team.SayAsync(_team.Mia, "/review help")).Message();

        var commands = help.Sections.Single().Facts.Select(f => f.Label).ToList();
        Assert.Contains("review week [team]", commands);
        Assert.Contains("review remind", commands);
        Assert.Contains("This week is week 8 of 2026-Q4", help.Context.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review", "What you can do, Andy")]
    [InlineData("review ?", "What you can do, Andy")]
    [InlineData("review quater", "I don't know 'review quater'. Did you mean review quarter?")]
    [InlineData("review chekin", "I don't know 'review chekin'. Did you mean review checkin?")]
    public async Task An_unknown_command_names_the_closest_valid_one(string text, string headline)
    {
        var reply = (await _team.SayAsync(_team.Andy, text)).Message();

        Assert.Equal(headline, reply.Headline);
    }

    [Theory]
    [InlineData("review wek", "I don't know 'review wek'. Did you mean review week?")]
    [InlineData("review statu", "I don't know 'review statu'. Did you mean review week?")]
    [InlineData("review remnd", "I don't know 'review remnd'. Did you mean review remind?")]
    public async Task An_unknown_command_may_point_a_manager_to_a_managers_command(string text, string headline)
    {
        var reply = (await _team.SayAsync(_team.Mia, text)).Message();

        Assert.Equal(headline, reply.Headline);
    }

    [Theory]
    [InlineData("review wek")]
    [InlineData("review statu")]
    [InlineData("review remnd")]
    [InlineData("review nudg")]
    public async Task An_unknown_command_never_points_a_member_to_a_managers_command(string text)
    {
        var reply = (await _team.SayAsync(_team.Andy, text)).Message();

        Assert.StartsWith($"I don't know '{text}'. Did you mean review ", reply.Headline, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"review (week|remind)\?$", reply.Headline);
    }

    [Fact]
    public void A_manager_without_key_results_is_told_how_to_add_them_not_to_ask_their_manager()
    {
        var words = Commands.Replies.HowKeyResultsAreAdded(new Speaker(_team.Mia, _team.Team, [_team.Mia, _team.Andy], _team.Time.GetUtcNow()));

        Assert.DoesNotContain("your manager", words, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("review okrs", words, StringComparison.Ordinal);
        Assert.Contains("import", words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review me")]
    [InlineData("review checkin")]
    public async Task A_manager_who_owns_no_key_results_is_told_how_to_add_them(string text)
    {
        var reply = (await _team.SayAsync(_team.Mia, text)).Message();

        Assert.Contains(reply.Context, line => line.StartsWith("Add them yourself: review okrs", StringComparison.Ordinal));
        Assert.DoesNotContain(reply.Context, line => line.Contains("your manager", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_member_without_key_results_is_told_their_manager_adds_them()
    {
        var words = Commands.Replies.HowKeyResultsAreAdded(new Speaker(_team.Andy, _team.Team, [_team.Mia, _team.Andy], _team.Time.GetUtcNow()));

        Assert.Equal("Your manager adds them with review okrs or the team's OKR file.", words);
    }

    [Fact]
    public async Task Someone_not_on_the_member_list_is_told_how_to_get_added_and_nothing_else()
    {
        var stranger = _team.Andy with { Id = "x", SlackUserId = "U-STRANGER" };

        var reply = (await _team.SayAsync(stranger, "review me")).Message();

        Assert.StartsWith("I don't know you in this workspace yet", reply.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_of_another_workspace_is_a_stranger_here()
    {
        _team.Store.Members.Add(_team.Andy with { Id = "andy-elsewhere", WorkspaceId = "ws-2", SlackUserId = "U-OTHER" });
        var outsider = _team.Andy with { SlackUserId = "U-OTHER" };

        var reply = (await _team.SayAsync(outsider, "review me")).Message();

        Assert.StartsWith("I don't know you in this workspace yet", reply.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_message_without_an_open_dialog_points_to_help()
    {
        var reply = (await _team.SayAsync(_team.Andy, "hello?")).Message();

        Assert.Equal("I answer review commands: type review help to see yours.", reply.Headline);
    }

    [Theory]
    [InlineData("review week", "Only the team's managers can see the team's week")]
    [InlineData("review remind", "Only the team's managers can nudge the team.")]
    [InlineData("review quarter @Ben", "Only the team's managers can see another person's quarter review.")]
    [InlineData("review quarter post", "Only the team's managers can post the quarter review to the channel.")]
    public async Task A_member_asking_for_a_team_wide_command_gets_a_polite_refusal(string command, string refusal)
    {
        var reply = (await _team.SayAsync(_team.Andy, command)).Message();

        Assert.StartsWith(refusal, reply.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_arguments_are_named_with_an_example_that_works()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review quarter 2026-Q9")).Message();

        Assert.Equal("I couldn't read '2026-Q9' in review quarter: it is not a quarter, a person on Export Sales, post, csv or xlsx.", reply.Headline);
        Assert.Equal("Write it like review quarter 2026-Q3 @Andy, review quarter last post, or review quarter last xlsx.", Assert.Single(reply.Context));
    }

    [Fact]
    public async Task A_team_key_the_speaker_is_not_on_is_refused()
    {
        _team.Store.Teams.Add(_team.Team with { Id = "team-2", Key = "domestic" });

        var reply = (await _team.SayAsync(_team.Mia, "review week domestic")).Message();

        Assert.Equal("You are not on the team 'domestic', so I can't show it to you.", reply.Headline);
    }

    [Fact]
    public async Task A_manager_on_two_teams_picks_one_by_its_key()
    {
        _team.Store.Teams.Add(_team.Team with { Id = "team-2", Key = "domestic", Name = "Domestic Sales" });
        _team.Store.Members.Add(_team.Mia with { Id = "mia-2", TeamId = "team-2", Role = MemberRole.Manager });

        var reply = (await _team.SayAsync(_team.Mia, "review week domestic")).Message();

        Assert.StartsWith("Domestic Sales · week 8", reply.Headline, StringComparison.Ordinal);
    }
}
