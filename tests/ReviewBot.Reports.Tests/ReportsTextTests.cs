using ReviewBot.Testing.Language;

namespace ReviewBot.Reports.Tests;

public sealed class ReportsTextTests
{
    [Fact]
    public void Every_sentence_the_documents_write_reads_in_english_and_in_chinese()
    {
        TextCatalogAssert.EverySentenceSpeaksBothLanguages(typeof(ReviewDocuments).Assembly);
    }
}
