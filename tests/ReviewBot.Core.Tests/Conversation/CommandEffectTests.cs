using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Tests.Conversation;

public class CommandEffectTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("me")]
    [InlineData("mine")]
    [InlineData("week export-sales")]
    [InlineData("status")]
    [InlineData("okrs 2026-Q3")]
    [InlineData("frobnicate")]
    public void A_command_that_only_reads_or_is_unknown_only_answers(string text) =>
        Assert.Equal(CommandEffect.AnswersOnly, CommandLine.Parse(text).Effect);

    [Theory]
    [InlineData("remind")]
    [InlineData("nudge")]
    [InlineData("checkin")]
    [InlineData("checkin text")]
    [InlineData("retro")]
    [InlineData("quarter post")]
    [InlineData("quarter")]
    [InlineData("leave 2026-12-22..2027-01-02")]
    [InlineData("leave")]
    public void A_command_that_changes_something_or_reaches_someone_acts_once(string text) =>
        Assert.Equal(CommandEffect.ActsOnce, CommandLine.Parse(text).Effect);
}
