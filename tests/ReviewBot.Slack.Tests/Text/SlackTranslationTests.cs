using ReviewBot.Slack.Handlers;
using ReviewBot.Testing.Language;

namespace ReviewBot.Slack.Tests.Text;

public class SlackTranslationTests
{
    [Fact]
    public void Every_sentence_the_slack_adapter_writes_reads_in_english_and_in_chinese()
    {
        TextCatalogAssert.EverySentenceSpeaksBothLanguages(typeof(SlackReaders).Assembly);
    }
}
