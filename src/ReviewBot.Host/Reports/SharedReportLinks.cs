using System.Globalization;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Reviews;
using ReviewBot.Host.Options;
using ReviewBot.Storage;

namespace ReviewBot.Host.Reports;

/// <summary>
/// Shares a review as a report link: a new random token, its hash kept with the subject and an expiry
/// <c>Reports:LinkDays</c> from now, and the absolute URLs of the page and its documents.
/// </summary>
internal sealed partial class SharedReportLinks(
    Database database,
    TimeProvider time,
    IOptions<ReportsOptions> options,
    PublicBaseUrl publicBaseUrl,
    ILogger<SharedReportLinks> logger) : IReviewReports
{
    public async Task<ReportLinks> ShareAsync(ReportSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        // A locale that names no culture would only fail when the page is opened; refuse it now.
        _ = CultureInfo.GetCultureInfo(subject.Locale, predefinedOnly: true);

        var token = ReportToken.New();
        var now = time.GetUtcNow();
        var expires = now.AddDays(options.Value.LinkDays);
        await using (var session = await database.OpenSessionAsync(cancellationToken))
        {
            await session.ReportLinks.AddAsync(
                new StoredReportLink(ReportToken.HashOf(token), subject.WorkspaceId, subject.TeamId, subject.Quarter, subject.PersonId, subject.Locale, now, expires),
                cancellationToken);
            // Links that have run out are pruned as new ones are made: no job to schedule, and the
            // table stays as large as the links still open (an index on the expiry keeps this cheap).
            await session.ReportLinks.DeleteExpiredAsync(now, cancellationToken);
        }

        LogShared(logger, subject.TeamId, subject.Quarter.Id, expires);
        var baseUrl = publicBaseUrl.Get();
        return new ReportLinks(
            ReportUrls.Absolute(baseUrl, ReportUrls.Page(token)),
            ReportUrls.Absolute(baseUrl, ReportUrls.Csv(token)),
            ReportUrls.Absolute(baseUrl, ReportUrls.Xlsx(token)),
            ReportUrls.Absolute(baseUrl, ReportUrls.AttainmentChart(token)),
            ReportUrls.Absolute(baseUrl, ReportUrls.RevenueChart(token)));
    }

    // The token is the secret in the link: it is never logged, here or anywhere.
    [LoggerMessage(Level = LogLevel.Information, Message = "Shared a report of team {TeamId} for {Quarter}, valid until {ExpiresAt:O}")]
    private static partial void LogShared(ILogger logger, string teamId, string quarter, DateTimeOffset expiresAt);
}
