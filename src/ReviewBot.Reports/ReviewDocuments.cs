using System.Globalization;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Reviews.Streams;
using ReviewBot.Reports.Charts;
using ReviewBot.Reports.Exports;

namespace ReviewBot.Reports;

/// <summary>
/// The review written as files: PNG charts drawn with ScottPlot on Skia, CSV with CsvHelper and XLSX with
/// SpreadCheetah. Stateless, so one instance serves every request; each call builds its own plot or writer.
/// The work is CPU-bound and short, so it runs on the caller's thread.
/// </summary>
public sealed class ReviewDocuments : IReviewDocuments
{
    public Task<byte[]> AttainmentChartAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(AttainmentChart.Render(review, culture));
    }

    public Task<byte[]?> RevenueChartAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(review.Revenue is { } track ? RevenueChart.Render(track, culture) : null);
    }

    public Task<byte[]> KeyResultChartAsync(QuarterReview review, KeyResultResult keyResult, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(KeyResultSparkline.Render(keyResult, review.WeekCount, culture));
    }

    public Task<byte[]> StreamTrendChartAsync(StreamTrend trend, CultureInfo culture, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(StreamTrendChart.Render(trend, culture));
    }

    public Task<byte[]> CsvAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(CsvExport.Write(review, culture));
    }

    public Task<byte[]> XlsxAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) =>
        XlsxExport.WriteAsync(review, culture, cancellationToken);
}
