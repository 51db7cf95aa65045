using System.Globalization;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// The review written as files: charts as PNG and exports for spreadsheets. A port, because drawing and
/// spreadsheet writing live outside Core (ReviewBot.Reports); every document is written in one culture.
/// </summary>
public interface IReviewDocuments
{
    /// <summary>Attainment per key result against 100%, bars coloured by score.</summary>
    Task<byte[]> AttainmentChartAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken);

    /// <summary>The team's revenue in the reporting currency week by week against the straight-line pace; null when no key result is money that must go up.</summary>
    Task<byte[]?> RevenueChartAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken);

    /// <summary>A small line of one key result's check-ins against its pace.</summary>
    Task<byte[]> KeyResultChartAsync(QuarterReview review, KeyResultResult keyResult, CultureInfo culture, CancellationToken cancellationToken);

    /// <summary>GMV per live stream of the quarter in the reporting currency as bars, with each stream's average rating as a line on a second axis.</summary>
    Task<byte[]> StreamTrendChartAsync(Streams.StreamTrend trend, CultureInfo culture, CancellationToken cancellationToken);

    /// <summary>Every key result, then every weekly check-in, as CSV (UTF-8 with a byte order mark).</summary>
    Task<byte[]> CsvAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken);

    /// <summary>A workbook with a key-results sheet and a check-ins sheet, numbers as typed cells.</summary>
    Task<byte[]> XlsxAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken);
}
