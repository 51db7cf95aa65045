using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// Turns a quarter review into what a chat shows: the text in the four steps, a link to the full report
/// page, its chart, and exports. Without a report host (the engine's own tests, the command line) the text
/// stands alone; nothing else changes.
/// </summary>
internal sealed class ReviewSharing(IReviewReports? reports, IReviewDocuments? documents)
{
    /// <param name="toChannel">Posted to the team's channel: both charts go along as files, not only attainment.</param>
    public async Task<MessageReply> ReviewAsync(QuarterReview review, CultureInfo culture, bool toChannel, CancellationToken cancellationToken)
    {
        var message = QuarterReviewReport.Build(review, culture);
        if (reports is null || review.KeyResults.Count == 0)
        {
            return message;
        }

        var links = await reports.ShareAsync(Subject(review, culture), cancellationToken);
        var images = new List<MessageImage> { new(links.AttainmentChart, AttainmentAlt(review, culture)) };
        if (review.Revenue is not null)
        {
            images.Add(new MessageImage(links.RevenueChart, ReviewSharingText.RevenueChartAlt(culture, review.ScopeName, review.Team.ReportingCurrency)));
        }

        // The charts go along as files too, for channels that show uploads (Slack): the team's channel gets
        // both, a reader asking privately gets the attainment chart in their own direct messages.
        var files = new List<MessageFile>();
        if (documents is not null)
        {
            files.Add(new MessageFile($"{review.FileStem}-attainment.png", "image/png", await documents.AttainmentChartAsync(review, culture, cancellationToken), images[0].AltText));
            if (toChannel && review.Revenue is not null && await documents.RevenueChartAsync(review, culture, cancellationToken) is { } revenue)
            {
                files.Add(new MessageFile($"{review.FileStem}-revenue.png", "image/png", revenue, images[1].AltText));
            }
        }

        return message with
        {
            Images = images,
            Files = files,
            Links =
            [
                new MessageLink(ReviewSharingText.OpenFullReport(culture), links.Page),
                new MessageLink(ReviewSharingText.DownloadCsv(culture), links.Csv, LinkKind.Download),
                new MessageLink(ReviewSharingText.DownloadExcel(culture), links.Xlsx, LinkKind.Download),
            ],
        };
    }

    /// <summary>The review as a spreadsheet: a file where the channel takes files, and always a download link.</summary>
    public async Task<MessageReply> ExportAsync(QuarterReview review, CultureInfo culture, ReviewExportFormat format, CancellationToken cancellationToken)
    {
        var csv = format == ReviewExportFormat.Csv;
        if (review.KeyResults.Count == 0)
        {
            return QuarterReviewReport.Build(review, culture);
        }

        if (documents is null || reports is null)
        {
            return new MessageReply
            {
                Headline = csv ? ReviewSharingText.NoCsvOnThisHost(culture) : ReviewSharingText.NoExcelOnThisHost(culture),
                Context = [ReviewSharingText.TypeQuarterForTheReview(culture)],
            };
        }

        var links = await reports.ShareAsync(Subject(review, culture), cancellationToken);
        var (bytes, name, type, url) = csv
            ? (await documents.CsvAsync(review, culture, cancellationToken), $"{review.FileStem}.csv", "text/csv", links.Csv)
            : (await documents.XlsxAsync(review, culture, cancellationToken), $"{review.FileStem}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", links.Xlsx);
        var title = csv ? ReviewSharingText.CsvTitle(culture, review.ScopeName, review.Quarter.ToString()) : ReviewSharingText.ExcelTitle(culture, review.ScopeName, review.Quarter.ToString());
        return new MessageReply
        {
            Headline = title,
            Sections = [Section.Paragraph(ReviewSharingText.WhatTheExportHolds(culture, review.KeyResults.Sum(r => r.Weekly.Count)))],
            Links =
            [
                new MessageLink(csv ? ReviewSharingText.DownloadCsv(culture) : ReviewSharingText.DownloadExcel(culture), url, LinkKind.Download),
                new MessageLink(ReviewSharingText.OpenFullReport(culture), links.Page),
            ],
            Files = [new MessageFile(name, type, bytes, title)],
        };
    }

    /// <summary>The trend across a quarter's streams, with its chart as a file where documents are written.</summary>
    public async Task<MessageReply> StreamTrendAsync(Streams.StreamTrend trend, CultureInfo culture, CancellationToken cancellationToken)
    {
        var message = Streams.StreamTrendReport.Build(trend, culture);
        if (documents is null || trend.Streams.Count == 0)
        {
            return message;
        }

        var chart = await documents.StreamTrendChartAsync(trend, culture, cancellationToken);
        return message with { Files = [new MessageFile($"{trend.FileStem}.png", "image/png", chart, Streams.StreamTrendReport.ChartAlt(trend, culture))] };
    }

    private static ReportSubject Subject(QuarterReview review, CultureInfo culture) =>
        new(review.Team.WorkspaceId, review.Team.Id, review.Quarter, review.Person?.Id, culture.Name);

    private static string AttainmentAlt(QuarterReview review, CultureInfo culture) =>
        ReviewSharingText.AttainmentChartAlt(culture, review.ScopeName, review.KeyResults.Count);
}
