using System.Globalization;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>The command words a suggestion names, in the reader's language, and that they are the words the parser reads.</summary>
public class SpokenCommandTests
{
    public static TheoryData<string, string> VerbsInEachLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in CommandLine.Verbs)
        {
            data.Add(verb, "en-US");
            data.Add(verb, "zh-CN");
            data.Add(verb, "zh-SG");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VerbsInEachLanguage))]
    public void Every_verb_is_spoken_as_a_command_that_reads_back_as_that_verb(string verb, string locale)
    {
        var spoken = CommandLine.Spoken(verb, CultureInfo.GetCultureInfo(locale));

        Assert.True(CommandLine.LooksLikeCommand(spoken));
        Assert.Equal(verb, CommandLine.Parse(spoken).Verb);
    }

    [Theory]
    [InlineData("zh-CN", "复盘 季度")]
    [InlineData("zh-SG", "复盘 季度")]
    [InlineData("zh-TW", "review quarter")]
    [InlineData("de-DE", "review quarter")]
    [InlineData("en-US", "review quarter")]
    public void A_verb_is_spoken_in_the_language_the_reader_reads(string locale, string spoken)
    {
        Assert.Equal(spoken, CommandLine.Spoken("quarter", CultureInfo.GetCultureInfo(locale)));
    }
}
