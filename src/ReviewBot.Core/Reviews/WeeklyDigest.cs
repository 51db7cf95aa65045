using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// The short weekly summary posted to the team's channel: the manager's week without the movers and
/// without delivery problems, which are for the manager, not for everyone.
/// </summary>
public static class WeeklyDigest
{
    public static MessageReply Build(QuarterData data, CheckInWeek week, CultureInfo culture, IReadOnlyList<Leave> leaves)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new MessageReply
        {
            Headline = WeekStatusText.WeeklyDigest(culture, WeekStatusReport.Headline(data, week, culture)),
            Sections =
            [
                WeekStatusReport.CheckInsSection(data, week, culture, leaves),
                WeekStatusReport.AtRiskSection(data.Standings(), culture),
            ],
            Context = [WeekStatusText.DigestHowToAnswer(culture)],
            Audience = ReplyAudience.Channel,
        };
    }
}
