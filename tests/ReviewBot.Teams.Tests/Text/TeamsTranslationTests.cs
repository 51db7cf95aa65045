using ReviewBot.Teams.Handlers;
using ReviewBot.Testing.Language;

namespace ReviewBot.Teams.Tests.Text;

public class TeamsTranslationTests
{
    [Fact]
    public void Every_sentence_the_teams_adapter_writes_reads_in_english_and_in_chinese()
    {
        TextCatalogAssert.EverySentenceSpeaksBothLanguages(typeof(TeamsReaders).Assembly);
    }
}
