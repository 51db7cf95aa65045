namespace ReviewBot.Reports.Page;

/// <summary>The page's stylesheet and icon, embedded so the host serves them wherever it runs.</summary>
public static class ReportAssets
{
    public const string StylesheetName = "report.css";

    // Without an icon of its own the browser asks for /favicon.ico, outside the report's paths, and logs the miss.
    public const string IconName = "icon.svg";

    private static readonly Lazy<byte[]> Css = new(() => Read(StylesheetName));

    private static readonly Lazy<byte[]> Svg = new(() => Read(IconName));

    public static byte[] Stylesheet => Css.Value;

    public static byte[] Icon => Svg.Value;

    private static byte[] Read(string name)
    {
        var resourceName = "ReviewBot.Reports.Page." + name;
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
