using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Host.Playground;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Text;

/// <summary>The playground page's words through the host's string localizer, in each language the page offers.</summary>
public partial class PlaygroundPageTextTests
{
    /// <summary>Keys whose text is a command as typed: the product's command word and the verbs the parser knows.</summary>
    private static readonly string[] Commands = ["SayPlaceholder", "CommandWord", "CommandExample", "CommandQuarterPost", "TipHelp", "TipCheckIn", "TipMe", "TipWeek", "TipQuarterLast", "TipQuarterLastPost", "TipStreamAdd", "TipStreams", "TipPlan", "TipLessons"];

    private static PlaygroundPageText Text()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().AddSingleton<PlaygroundPageText>().BuildServiceProvider();
        return services.GetRequiredService<PlaygroundPageText>();
    }

    [Fact]
    public void Every_sentence_of_the_page_reads_in_english_and_in_chinese_with_the_same_keys()
    {
        var all = Text().All();

        var english = all["en-US"];
        var chinese = all["zh-CN"];
        Assert.Contains("PageTitle", english.Keys);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, sentence) in english)
        {
            var inChinese = chinese[key];
            Assert.NotEqual(sentence, inChinese);
            if (Commands.Contains(key))
            {
                Assert.StartsWith("review", sentence, StringComparison.Ordinal);
                Assert.StartsWith("复盘", inChinese, StringComparison.Ordinal);
                continue;
            }

            LanguageAssert.English(sentence);
            // A sentence that is all placeholders and punctuation ("{0}（{1}，{2}）") has no words to check.
            if (Words().IsMatch(Placeholder().Replace(inChinese, "")))
            {
                LanguageAssert.Chinese(inChinese, "ReviewBot", "Slack", "Teams");
            }
        }
    }

    [Fact]
    public void Each_language_is_read_without_changing_the_callers_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;

        Assert.Equal("ReviewBot 试用台", Text().All()["zh-CN"]["PageTitle"]);

        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\p{L}]")]
    private static partial Regex Words();
}
