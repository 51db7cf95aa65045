namespace ReviewBot.Reports.Page;

/// <summary>The page's stylesheet, embedded so the host serves it wherever it runs.</summary>
public static class ReportAssets
{
    public const string StylesheetName = "report.css";

    private const string ResourceName = "ReviewBot.Reports.Page.report.css";

    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static byte[] Stylesheet => Css.Value;
}
