using System.Globalization;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>Report links and documents as the host makes them, recording what was asked for.</summary>
internal sealed class RecordingReviewReports : IReviewReports, IReviewDocuments
{
    public List<ReportSubject> Shared { get; } = [];

    public List<string> Written { get; } = [];

    public Task<ReportLinks> ShareAsync(ReportSubject subject, CancellationToken cancellationToken)
    {
        Shared.Add(subject);
        var page = $"https://bot.example.com/reports/token{Shared.Count}";
        return Task.FromResult(new ReportLinks(page, page + ".csv", page + ".xlsx", page + "/attainment.png", page + "/revenue.png"));
    }

    public Task<byte[]> AttainmentChartAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) => Write("attainment", review, culture);

    public async Task<byte[]?> RevenueChartAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) =>
        review.Revenue is null ? null : await Write("revenue", review, culture);

    public Task<byte[]> KeyResultChartAsync(QuarterReview review, KeyResultResult keyResult, CultureInfo culture, CancellationToken cancellationToken) => Write("kr", review, culture);

    public Task<byte[]> StreamTrendChartAsync(Core.Reviews.Streams.StreamTrend trend, CultureInfo culture, CancellationToken cancellationToken)
    {
        Written.Add($"streams {trend.Team.Name} {trend.Quarter} {culture.Name}");
        return Task.FromResult(System.Text.Encoding.UTF8.GetBytes("streams"));
    }

    public Task<byte[]> CsvAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) => Write("csv", review, culture);

    public Task<byte[]> XlsxAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken) => Write("xlsx", review, culture);

    private Task<byte[]> Write(string what, QuarterReview review, CultureInfo culture)
    {
        Written.Add($"{what} {review.ScopeName} {review.Quarter} {culture.Name}");
        return Task.FromResult(System.Text.Encoding.UTF8.GetBytes(what));
    }
}
