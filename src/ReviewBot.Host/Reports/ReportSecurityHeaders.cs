namespace ReviewBot.Host.Reports;

/// <summary>
/// What every answer under <c>/reports/</c> carries: the page is private (never cached, never indexed,
/// never sent on as a referrer, so the token in its URL stays where it is) and may load nothing but its
/// own stylesheet and images.
/// </summary>
internal static class ReportSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.CacheControl = "private, no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
    }
}
