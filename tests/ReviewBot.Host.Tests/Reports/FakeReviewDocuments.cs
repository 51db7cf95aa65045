using System.Globalization;
using System.Text;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Host.Tests.Reports;

/// <summary>
/// Stands in for ReviewBot.Reports' documents so these tests are about links and pages, not drawing:
/// a valid 1×1 PNG for every chart, and exports whose content names the review they were asked for.
/// </summary>
internal sealed class FakeReviewDocuments : IReviewDocuments
{
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    public Task<byte[]> AttainmentChartAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) => Task.FromResult(Png);

    public Task<byte[]?> RevenueChartAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) =>
        Task.FromResult(review.Revenue is null ? null : Png);

    public Task<byte[]> KeyResultChartAsync(QuarterReview review, KeyResultResult keyResult, CultureInfo culture, CancellationToken cancellationToken) => Task.FromResult(Png);

    public Task<byte[]> StreamTrendChartAsync(Core.Reviews.Streams.StreamTrend trend, CultureInfo culture, CancellationToken cancellationToken) => Task.FromResult(Png);

    public Task<byte[]> CsvAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) =>
        Task.FromResult(Encoding.UTF8.GetBytes($"review,{review.ScopeName},{review.Quarter},{culture.Name}\n"));

    // The first bytes of a zip file, which an .xlsx is; enough for a content-type check.
    public Task<byte[]> XlsxAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) =>
        Task.FromResult<byte[]>([0x50, 0x4B, 0x03, 0x04, .. Encoding.UTF8.GetBytes(review.ScopeName)]);
}
