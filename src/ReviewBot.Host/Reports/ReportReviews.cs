using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Storage;

namespace ReviewBot.Host.Reports;

/// <summary>
/// Opens the report a token leads to: the link by the token's hash while it is valid, then the review
/// rebuilt from the database at this moment (this quarter and the one before, the host's clock), read only.
/// </summary>
internal sealed partial class ReportReviews(Database database, IReviewStore store, TimeProvider time, ILogger<ReportReviews> logger)
{
    /// <summary>The report, or null when the token is malformed, unknown, expired, or its team or person is gone.</summary>
    public async Task<OpenedReport?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (!ReportToken.IsWellFormed(token))
        {
            LogRefused(logger);
            return null;
        }

        var now = time.GetUtcNow();
        StoredReportLink? link;
        Team? team;
        IReadOnlyList<Member> members;
        await using (var session = await database.OpenSessionAsync(cancellationToken))
        {
            link = await session.ReportLinks.FindValidAsync(ReportToken.HashOf(token), now, cancellationToken);
            if (link is null)
            {
                LogRefused(logger);
                return null;
            }

            team = await session.Teams.GetAsync(link.WorkspaceId, link.TeamId, cancellationToken);
            // Former members too: a report of a past quarter names who did the work, even if they have left since.
            members = await session.Teams.AllMembersAsync(link.WorkspaceId, link.TeamId, cancellationToken);
        }

        if (team is null)
        {
            return null;
        }

        Member? person = null;
        if (link.PersonMemberId is { } personId && (person = members.FirstOrDefault(m => m.Id == personId)) is null)
        {
            return null;
        }

        var (data, previous) = await QuarterData.LoadForReviewAsync(store, team, link.Quarter, cancellationToken);
        return new OpenedReport(QuarterReview.Build(data, person, now, previous), CultureInfo.GetCultureInfo(link.Locale));
    }

    // Says nothing of the token, not even part of it: it is the secret, and a wrong one is someone's guess at it.
    [LoggerMessage(Level = LogLevel.Information, Message = "A report was asked for with a malformed, unknown or expired link")]
    private static partial void LogRefused(ILogger logger);
}
