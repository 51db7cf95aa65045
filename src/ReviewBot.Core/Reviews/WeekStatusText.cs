using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews;

/// <summary>What the team's week, its digest and its delivery problems say, in the reader's language: WeekStatusText.resx and its translations beside it.</summary>
internal static class WeekStatusText
{
    private static readonly TextCatalog Catalog = new(typeof(WeekStatusText));

    public static string WeekHeadline(CultureInfo culture, string team, int week, string quarter, string days) => Catalog.Say(culture, nameof(WeekHeadline), team, week, quarter, days);

    public static string TypeRemindToNudge(CultureInfo culture) => Catalog.Say(culture, nameof(TypeRemindToNudge));

    public static string TypeQuarterForTheQuarterSoFar(CultureInfo culture) => Catalog.Say(culture, nameof(TypeQuarterForTheQuarterSoFar));

    public static string CheckIns(CultureInfo culture) => Catalog.Say(culture, nameof(CheckIns));

    public static string CheckedIn(CultureInfo culture, int done, int owners) => Catalog.Say(culture, nameof(CheckedIn), done, owners);

    public static string NobodyYet(CultureInfo culture) => Catalog.Say(culture, nameof(NobodyYet));

    public static string NotYet(CultureInfo culture) => Catalog.Say(culture, nameof(NotYet));

    public static string EveryoneHasCheckedIn(CultureInfo culture) => Catalog.Say(culture, nameof(EveryoneHasCheckedIn));

    public static string NobodyElse(CultureInfo culture) => Catalog.Say(culture, nameof(NobodyElse));

    public static string OnHoliday(CultureInfo culture, string member, string holiday) => Catalog.Say(culture, nameof(OnHoliday), member, holiday);

    public static string OnLeave(CultureInfo culture) => Catalog.Say(culture, nameof(OnLeave));

    public static string OnLeaveUntil(CultureInfo culture, string member, string lastDay) => Catalog.Say(culture, nameof(OnLeaveUntil), member, lastDay);

    public static string Team(CultureInfo culture) => Catalog.Say(culture, nameof(Team));

    public static string AtRiskOrOffTrack(CultureInfo culture) => Catalog.Say(culture, nameof(AtRiskOrOffTrack));

    public static string NothingAtRisk(CultureInfo culture) => Catalog.Say(culture, nameof(NothingAtRisk));

    public static string AtRiskInWeek(CultureInfo culture, int week, string actual, string target) => Catalog.Say(culture, nameof(AtRiskInWeek), week, actual, target);

    public static string OffTrackInWeek(CultureInfo culture, int week, string actual, string target) => Catalog.Say(culture, nameof(OffTrackInWeek), week, actual, target);

    public static string BiggestMovers(CultureInfo culture) => Catalog.Say(culture, nameof(BiggestMovers));

    public static string ScoreMoved(CultureInfo culture, string before, string now, string change) => Catalog.Say(culture, nameof(ScoreMoved), before, now, change);

    public static string NoMovers(CultureInfo culture) => Catalog.Say(culture, nameof(NoMovers));

    public static string WeeklyDigest(CultureInfo culture, string week) => Catalog.Say(culture, nameof(WeeklyDigest), week);

    public static string DigestHowToAnswer(CultureInfo culture) => Catalog.Say(culture, nameof(DigestHowToAnswer));

    public static string CouldNotReach(CultureInfo culture) => Catalog.Say(culture, nameof(CouldNotReach));

    public static string TeamChannel(CultureInfo culture, string team) => Catalog.Say(culture, nameof(TeamChannel), team);

    public static string WeeklyPrompt(CultureInfo culture) => Catalog.Say(culture, nameof(WeeklyPrompt));

    public static string Reminder(CultureInfo culture) => Catalog.Say(culture, nameof(Reminder));

    public static string RetrospectivePrompt(CultureInfo culture) => Catalog.Say(culture, nameof(RetrospectivePrompt));

    public static string PlanningPrompt(CultureInfo culture) => Catalog.Say(culture, nameof(PlanningPrompt));

    public static string QuarterReviewPost(CultureInfo culture) => Catalog.Say(culture, nameof(QuarterReviewPost));

    public static string WeeklyDigestPost(CultureInfo culture) => Catalog.Say(culture, nameof(WeeklyDigestPost));

    public static string GaveUp(CultureInfo culture, string reason) => Catalog.Say(culture, nameof(GaveUp), reason);

    public static string Retrying(CultureInfo culture, string reason, int attempts) => Catalog.Say(culture, nameof(Retrying), reason, attempts);

    public static string RetryingAfterOneAttempt(CultureInfo culture, string reason) => Catalog.Say(culture, nameof(RetryingAfterOneAttempt), reason);
}
