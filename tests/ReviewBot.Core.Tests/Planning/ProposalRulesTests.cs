using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Planning;

namespace ReviewBot.Core.Tests.Planning;

public class ProposalRulesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static TheoryData<string, KeyResultUnit> Units => new()
    {
        { "USD", KeyResultUnit.Currency("USD") },
        { "eur", KeyResultUnit.Currency("EUR") },
        { "RMB", KeyResultUnit.Currency("CNY") },
        { "%", KeyResultUnit.Percentage },
        { "percent", KeyResultUnit.Percentage },
        { "百分比", KeyResultUnit.Percentage },
        { "milestone", KeyResultUnit.Milestone },
        { "里程碑", KeyResultUnit.Milestone },
        { "accounts", KeyResultUnit.Count("accounts") },
        { "客户数", KeyResultUnit.Count("客户数") },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void A_unit_is_read_as_people_type_it(string text, KeyResultUnit expected)
    {
        Assert.Equal(expected, ProposalRules.ReadUnit(text, English, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("$$")]
    public void What_names_no_unit_is_refused_saying_what_would_work(string text)
    {
        Assert.Null(ProposalRules.ReadUnit(text, English, out var error));
        Assert.Contains("a currency code like USD or EUR, %, milestone, or what you count", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_made_from_titles_unique_among_those_taken()
    {
        Assert.Equal("us-revenue", ProposalRules.KeyFor("US revenue!", [], "kr"));
        Assert.Equal("us-revenue-2", ProposalRules.KeyFor("US revenue", ["us-revenue"], "kr"));
        Assert.Equal("kr-2", ProposalRules.KeyFor("墨西哥客户数", ["kr-1"], "kr"));
        Assert.True(ProposalRules.IsKey(ProposalRules.KeyFor("  Accounts -- in   Mexico (2027) ", [], "kr")));
        Assert.Equal("accounts-in-mexico-2027", ProposalRules.KeyFor("  Accounts -- in   Mexico (2027) ", [], "kr"));
    }

    [Fact]
    public void A_milestone_takes_no_start_or_target_but_not_done_to_done()
    {
        Assert.Null(ProposalRules.MilestoneValueError("", isTarget: false, English));
        Assert.Null(ProposalRules.MilestoneValueError("done", isTarget: true, English));
        Assert.NotNull(ProposalRules.MilestoneValueError("done", isTarget: false, English));
        Assert.NotNull(ProposalRules.MilestoneValueError("5", isTarget: true, English));
    }
}
