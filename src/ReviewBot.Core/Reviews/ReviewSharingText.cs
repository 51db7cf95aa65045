using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews;

/// <summary>What a shared quarter review says around its text (links, charts, exports), in the reader's language: ReviewSharingText.resx and its translations beside it.</summary>
internal static class ReviewSharingText
{
    private static readonly TextCatalog Catalog = new(typeof(ReviewSharingText));

    public static string RevenueChartAlt(CultureInfo culture, string scope, string currency) => Catalog.Say(culture, nameof(RevenueChartAlt), scope, currency);

    public static string AttainmentChartAlt(CultureInfo culture, string scope, int count) => Catalog.Say(culture, nameof(AttainmentChartAlt), scope, count);

    public static string OpenFullReport(CultureInfo culture) => Catalog.Say(culture, nameof(OpenFullReport));

    public static string DownloadCsv(CultureInfo culture) => Catalog.Say(culture, nameof(DownloadCsv));

    public static string DownloadExcel(CultureInfo culture) => Catalog.Say(culture, nameof(DownloadExcel));

    public static string NoCsvOnThisHost(CultureInfo culture) => Catalog.Say(culture, nameof(NoCsvOnThisHost));

    public static string NoExcelOnThisHost(CultureInfo culture) => Catalog.Say(culture, nameof(NoExcelOnThisHost));

    public static string TypeQuarterForTheReview(CultureInfo culture) => Catalog.Say(culture, nameof(TypeQuarterForTheReview));

    public static string CsvTitle(CultureInfo culture, string scope, string quarter) => Catalog.Say(culture, nameof(CsvTitle), scope, quarter);

    public static string ExcelTitle(CultureInfo culture, string scope, string quarter) => Catalog.Say(culture, nameof(ExcelTitle), scope, quarter);

    public static string WhatTheExportHolds(CultureInfo culture, int checkIns) => Catalog.Say(culture, nameof(WhatTheExportHolds), checkIns);
}
