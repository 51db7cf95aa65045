using ReviewBot.Testing.Language;

namespace ReviewBot.Slack.Tests.Text;

/// <summary>Every sentence the Slack adapter writes (its install pages' among them) reads in English and in Chinese.</summary>
public class SlackTextTests
{
    [Fact]
    public void Every_sentence_of_the_slack_adapter_speaks_both_languages() =>
        TextCatalogAssert.EverySentenceSpeaksBothLanguages(typeof(SlackOptions).Assembly);
}
