using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// Shares a review as a read-only report page with an unguessable link. A port: the host keeps the links
/// and serves the pages. The engine asks for a link for every review it writes.
/// </summary>
public interface IReviewReports
{
    /// <summary>A new link to the review of <paramref name="subject"/>, valid for the configured number of days.</summary>
    Task<ReportLinks> ShareAsync(ReportSubject subject, CancellationToken cancellationToken);
}

/// <summary>What a report shows: one team's (or one owner's) quarter, in one locale.</summary>
/// <param name="PersonId">The owner the review is about; null for the whole team.</param>
/// <param name="Locale">The culture the page and its exports are written in.</param>
public sealed record ReportSubject(string WorkspaceId, string TeamId, Quarter Quarter, string? PersonId, string Locale);

/// <summary>Absolute URLs of a shared report and its documents.</summary>
public sealed record ReportLinks(string Page, string Csv, string Xlsx, string AttainmentChart, string RevenueChart);
