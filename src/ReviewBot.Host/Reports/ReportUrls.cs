using System.Globalization;

namespace ReviewBot.Host.Reports;

/// <summary>
/// The report link scheme, under <c>/reports/</c>: the page at <c>{token}</c>, its exports beside it
/// (<c>{token}.csv</c>, <c>{token}.xlsx</c>) and its images below it (<c>{token}/attainment.png</c>,
/// <c>{token}/revenue.png</c>, <c>{token}/kr/{number}.png</c> for the key result with that number, from 1).
/// </summary>
internal static class ReportUrls
{
    public const string Prefix = "reports/";
    public const string StylesheetPath = "assets/" + ReviewBot.Reports.Page.ReportAssets.StylesheetName;
    public const string IconPath = "assets/" + ReviewBot.Reports.Page.ReportAssets.IconName;

    /// <summary>Relative to the page (or to <c>/reports/</c>), so they work under any path prefix.</summary>
    public static string Page(string token) => token;

    public static string Csv(string token) => token + ".csv";

    public static string Xlsx(string token) => token + ".xlsx";

    public static string AttainmentChart(string token) => token + "/attainment.png";

    public static string RevenueChart(string token) => token + "/revenue.png";

    public static string KeyResultChart(string token, int number) => string.Create(CultureInfo.InvariantCulture, $"{token}/kr/{number}.png");

    /// <summary>An absolute URL of <paramref name="relative"/> under <c>{baseUrl}/reports/</c>.</summary>
    public static string Absolute(Uri baseUrl, string relative)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var withSlash = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(withSlash, Prefix + relative).AbsoluteUri;
    }
}
