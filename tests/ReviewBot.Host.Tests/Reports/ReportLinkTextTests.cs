using ReviewBot.Host.Reports;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Reports;

public sealed class ReportLinkTextTests
{
    [Fact]
    public void Every_sentence_the_host_writes_reads_in_english_and_in_chinese()
    {
        TextCatalogAssert.EverySentenceSpeaksBothLanguages(typeof(ReportEndpoints).Assembly);
    }
}
