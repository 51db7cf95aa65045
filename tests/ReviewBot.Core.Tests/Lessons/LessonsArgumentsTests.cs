using ReviewBot.Core.Conversation;
using ReviewBot.Core.Lessons;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Tests.Conversation;

namespace ReviewBot.Core.Tests.Lessons;

public class LessonsArgumentsTests
{
    private static readonly Quarter Q1 = new(2026, 1);
    private static readonly Quarter Q2 = new(2026, 2);
    private static readonly Quarter Q3 = new(2026, 3);
    private static readonly string[] Markets = ["US", "Europe", "Global", "Germany", "India & SEA"];

    private readonly TestTeam _team = new();
    private readonly Member _olga;

    public LessonsArgumentsTests()
    {
        _olga = _team.Andy with { Id = "olga", Name = "Olga Petrova", Email = "olga@example.com", SlackUserId = "U-olga", Market = "India & SEA", Active = false };
    }

    private LessonsReading Read(params string[] args) =>
        LessonsArguments.Read(new Speaker(_team.Andy, _team.Team, [_team.Mia, _team.Andy, _team.Ben], _team.Time.GetUtcNow()), args, [_team.Mia, _team.Andy, _team.Ben, _olga], Markets);

    private LessonsQuery Query(params string[] args) => Read(args).Query ?? throw new Xunit.Sdk.XunitException(Read(args).Refusal!.Text());

    [Fact]
    public void Words_a_market_and_a_quarter_are_told_apart_in_any_order_and_the_words_keep_theirs()
    {
        var query = Query("late", "germany", "customs", "2026-Q2", "paperwork");

        Assert.Equal(["late", "customs", "paperwork"], query.Words);
        Assert.Equal("Germany", query.Market);
        Assert.Equal((Q2, Q2), (query.From, query.Until));
        Assert.Null(query.Person);
        Assert.Equal("late customs paperwork", query.ToSearch(_team.Team).Words);
    }

    [Theory]
    [InlineData("@Andy")]
    [InlineData("<@U-andy>")]
    [InlineData("Andy")]
    [InlineData("andy@example.com")]
    [InlineData("mine")]
    [InlineData("我的")]
    public void A_person_is_found_as_the_quarter_review_finds_them(string named)
    {
        Assert.Equal(_team.Andy.Id, Query("pricing", named).Person?.Id);
        Assert.Equal(["pricing"], Query("pricing", named).Words);
    }

    [Fact]
    public void A_full_name_typed_without_quotes_is_one_person_not_a_person_and_a_word()
    {
        var query = Query("Andy", "Miller", "pricing");

        Assert.Equal(_team.Andy.Id, query.Person?.Id);
        Assert.Equal(["pricing"], query.Words);
    }

    [Fact]
    public void A_former_member_can_be_named_as_their_lessons_stay_the_teams()
    {
        var query = Query("@Olga");

        Assert.Equal("olga", query.Person?.Id);
        Assert.Equal("olga", query.ToSearch(_team.Team).AuthorMemberId);
    }

    [Theory]
    [InlineData("India & SEA")]
    [InlineData("india", "&", "sea")]
    public void A_market_of_several_words_is_read_quoted_or_not(params string[] typed)
    {
        var query = Query([.. typed, "rupees"]);

        Assert.Equal("India & SEA", query.Market);
        Assert.Equal(["rupees"], query.Words);
    }

    [Theory]
    [InlineData("2026-Q1..2026-Q3")]
    [InlineData("2026-Q1", "..", "2026-Q3")]
    [InlineData("2026-Q1", "2026-Q3")]
    [InlineData("2026-Q1至2026-Q3")]
    [InlineData("2026-Q1", "到", "2026-Q3")]
    [InlineData("Q1 2026", "-", "FY26-Q3")]
    public void A_range_of_quarters_is_read_however_it_is_joined(params string[] typed)
    {
        var query = Query(typed);

        Assert.Equal((Q1, Q3), (query.From, query.Until));
        Assert.Empty(query.Words);
    }

    [Theory]
    [InlineData("last")]
    [InlineData("上季度")]
    public void Last_quarter_is_the_one_before_this(string word) =>
        Assert.Equal((Q3, Q3), (Query(word).From, Query(word).Until));

    [Theory]
    [InlineData("2026")]
    [InlineData("FY2026")]
    [InlineData("2026年")]
    public void A_year_is_its_four_fiscal_quarters(string word) =>
        Assert.Equal((Q1, new Quarter(2026, 4)), (Query(word).From, Query(word).Until));

    [Fact]
    public void Chinese_words_are_searched_beside_chinese_quarter_words()
    {
        var query = Query("定价", "德国", "上季度");

        Assert.Equal(["定价", "德国"], query.Words);
        Assert.Null(query.Market);
        Assert.Equal(Q3, query.From);
    }

    [Theory]
    [InlineData("2026-Q3..2026-Q1")]
    [InlineData("2026-Q3", "2026-Q1")]
    [InlineData("2026-Q3", "至", "2026-Q1")]
    public void A_range_that_ends_before_it_starts_is_refused_with_the_range_the_right_way_round(params string[] typed)
    {
        var refusal = Assert.IsType<MessageReply>(Assert.Single(Read(typed).Refusal!));

        Assert.Equal("The range starts at 2026-Q3, after its end 2026-Q1.", refusal.Headline);
        Assert.Equal("Write the earlier quarter first: review lessons 2026-Q1..2026-Q3", Assert.Single(refusal.Context));
        Assert.Null(Read(typed).Query);
    }

    [Fact]
    public void A_quarter_that_has_not_begun_is_refused()
    {
        var refusal = Read("pricing", "2027-Q2").Refusal!.Message();

        Assert.Equal("2027-Q2 has not begun: this is 2026-Q4, and lessons come from quarters already under way or over.", refusal.Headline);
        Assert.Equal("For example: review lessons 2026-Q4, or review lessons 2026-Q2..2026-Q4", Assert.Single(refusal.Context));
    }

    [Fact]
    public void Three_quarters_are_refused_rather_than_one_of_them_guessed()
    {
        Assert.StartsWith("“2026-Q1 2026-Q2 2026-Q3” is more than one quarter", Read("2026-Q1", "2026-Q2", "2026-Q3").Refusal!.Message().Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_named_with_an_at_sign_who_is_not_on_the_team_is_refused_not_searched_as_a_word()
    {
        var refusal = Read("@Zoe", "pricing").Refusal!.Message();

        Assert.Equal("Nobody called Zoe is on Export Sales.", refusal.Headline);
        Assert.Contains("@mention", Assert.Single(refusal.Context), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_people_or_two_markets_are_refused()
    {
        Assert.Equal("Search one person's lessons at a time: Andy Miller or Ben Weber.", Read("@Andy", "@Ben").Refusal!.Message().Headline);
        Assert.Equal("Search one market at a time: US or Germany.", Read("US", "Germany").Refusal!.Message().Headline);
    }

    [Fact]
    public void Nothing_given_is_the_latest_lessons()
    {
        var query = Query();

        Assert.True(query.IsLatest);
        Assert.Equal(new LessonSearch(TestTeam.WorkspaceId, _team.Team.Id), query.ToSearch(_team.Team));
    }
}
