using System.Globalization;
using ReviewBot.Core.Reviews;
using ReviewBot.Reports.Page;

namespace ReviewBot.Host.Reports;

/// <summary>
/// The shared report page and its documents under <c>/reports/</c> (see <see cref="ReportUrls"/>), each
/// rebuilt from the database when asked for. Always on, whatever chat platforms are configured: the links
/// go out in Slack and Teams messages.
/// </summary>
public static class ReportEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/reports").AddEndpointFilter(async (context, next) =>
        {
            ReportSecurityHeaders.Apply(context.HttpContext.Response);
            return await next(context);
        });

        group.MapGet("/" + ReportUrls.StylesheetPath, () => TypedResults.Bytes(ReportAssets.Stylesheet, "text/css; charset=utf-8"));
        group.MapGet("/" + ReportUrls.IconPath, () => TypedResults.Bytes(ReportAssets.Icon, "image/svg+xml"));
        group.MapGet("/{file}", FileAsync);
        group.MapGet("/{token}/attainment.png", (string token, HttpRequest request, ReportReviews reviews, IReviewDocuments documents, CancellationToken ct) =>
            DocumentAsync(token, request, reviews, report => documents.AttainmentChartAsync(report.Review, report.Culture, ct)!, ct));
        group.MapGet("/{token}/revenue.png", (string token, HttpRequest request, ReportReviews reviews, IReviewDocuments documents, CancellationToken ct) =>
            DocumentAsync(token, request, reviews, report => documents.RevenueChartAsync(report.Review, report.Culture, ct), ct));
        group.MapGet("/{token}/kr/{file}", KeyResultChartAsync);
        return endpoints;
    }

    private static async Task<IResult> FileAsync(string file, HttpContext http, ReportReviews reviews, IReviewDocuments documents, CancellationToken cancellationToken)
    {
        if (file.EndsWith(".csv", StringComparison.Ordinal))
        {
            return await DownloadAsync(file[..^4], "csv", "text/csv; charset=utf-8", http.Request, reviews, report => documents.CsvAsync(report.Review, report.Culture, cancellationToken), cancellationToken);
        }

        if (file.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            return await DownloadAsync(file[..^5], "xlsx", XlsxType, http.Request, reviews, report => documents.XlsxAsync(report.Review, report.Culture, cancellationToken), cancellationToken);
        }

        var token = file;
        if (await reviews.OpenAsync(token, cancellationToken) is not { } report)
        {
            return NotFound(http.Request);
        }

        // Absolute paths from the request's own base, so a trailing slash or a path prefix in front of the host changes nothing.
        var root = $"{http.Request.PathBase}/reports/";
        var links = new ReportPageLinks(
            root + ReportUrls.StylesheetPath,
            root + ReportUrls.IconPath,
            root + ReportUrls.Csv(token),
            root + ReportUrls.Xlsx(token),
            root + ReportUrls.AttainmentChart(token),
            root + ReportUrls.RevenueChart(token),
            number => root + ReportUrls.KeyResultChart(token, number));
        return TypedResults.Content(ReportPage.Render(report.Review, report.Culture, links), "text/html; charset=utf-8");
    }

    private static Task<IResult> KeyResultChartAsync(string token, string file, HttpRequest request, ReportReviews reviews, IReviewDocuments documents, CancellationToken cancellationToken)
    {
        var number = file.EndsWith(".png", StringComparison.Ordinal)
            && int.TryParse(file.AsSpan(0, file.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return DocumentAsync(token, request, reviews, async report =>
            number >= 1 && number <= report.Review.KeyResults.Count
                ? await documents.KeyResultChartAsync(report.Review, report.Review.KeyResults[number - 1], report.Culture, cancellationToken)
                : null, cancellationToken);
    }

    private static async Task<IResult> DocumentAsync(
        string token, HttpRequest request, ReportReviews reviews, Func<OpenedReport, Task<byte[]?>> write, CancellationToken cancellationToken)
    {
        if (await reviews.OpenAsync(token, cancellationToken) is not { } report)
        {
            return NotFound(request);
        }

        var png = await write(report);
        return png is null ? NotFound(request) : TypedResults.Bytes(png, "image/png");
    }

    private static async Task<IResult> DownloadAsync(
        string token, string extension, string contentType, HttpRequest request, ReportReviews reviews, Func<OpenedReport, Task<byte[]>> write, CancellationToken cancellationToken) =>
        await reviews.OpenAsync(token, cancellationToken) is { } report
            ? TypedResults.File(await write(report), contentType, report.FileName(extension))
            : NotFound(request);

    /// <summary>
    /// The same answer for a malformed, unknown or expired token, so none of them tells anything; in the
    /// browser's language, since a link that leads nowhere has no language of its own (and taking a valid
    /// link's would tell that it is valid).
    /// </summary>
    private static IResult NotFound(HttpRequest request) =>
        TypedResults.Text(ReportLinkText.LinkNotValid(BrowserCulture.Of(request)), "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
