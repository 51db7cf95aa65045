namespace ReviewBot.Reports.Page;

/// <summary>Where the page's stylesheet, downloads and images are, as the host serves them (relative to the page, so a path prefix in front of the host changes nothing).</summary>
/// <param name="KeyResultChart">The small trend chart of the key result with this number (1 for the first in the review).</param>
public sealed record ReportPageLinks(
    string Stylesheet,
    string Icon,
    string Csv,
    string Xlsx,
    string AttainmentChart,
    string RevenueChart,
    Func<int, string> KeyResultChart);
