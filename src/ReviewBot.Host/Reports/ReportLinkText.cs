using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Host.Reports;

/// <summary>What the report endpoints say themselves, in the browser's language: ReportLinkText.resx and its translations beside it.</summary>
internal static class ReportLinkText
{
    private static readonly TextCatalog Catalog = new(typeof(ReportLinkText));

    public static string LinkNotValid(CultureInfo culture) => Catalog.Say(culture, nameof(LinkNotValid));
}
