namespace ReviewBot.Host.Options;

/// <summary>Shared report pages and their exports. Bound from <c>Reports</c>.</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    public const int DefaultLinkDays = 90;

    /// <summary>
    /// The absolute http(s) URL people reach the host at, which report links start with. Unset, links
    /// start with the host's own address (<c>Urls</c>, e.g. http://localhost:5000): fine on one machine,
    /// wrong behind a reverse proxy, which is what this setting is for.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Days a shared link opens its report, from 1 to 3650.</summary>
    public int LinkDays { get; set; } = DefaultLinkDays;
}
