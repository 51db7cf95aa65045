using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Commands;

/// <summary>What review stream says, in the reader's language: StreamCommandText.resx and its translations.</summary>
internal static class StreamCommandText
{
    private static readonly TextCatalog Catalog = new(typeof(StreamCommandText));

    public static string HelpStream(CultureInfo culture) => Catalog.Say(culture, nameof(HelpStream));

    public static string HelpStreamExplained(CultureInfo culture) => Catalog.Say(culture, nameof(HelpStreamExplained));

    public static string HelpStreams(CultureInfo culture) => Catalog.Say(culture, nameof(HelpStreams));

    public static string HelpStreamsExplained(CultureInfo culture) => Catalog.Say(culture, nameof(HelpStreamsExplained));

    public static string StreamAddHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(StreamAddHowTo));

    public static string StreamTemplateIdMissing(CultureInfo culture) => Catalog.Say(culture, nameof(StreamTemplateIdMissing));

    public static string StreamPeopleUnknown(CultureInfo culture, string names, string team) => Catalog.Say(culture, nameof(StreamPeopleUnknown), names, team);

    public static string StreamTitleMissing(CultureInfo culture) => Catalog.Say(culture, nameof(StreamTitleMissing));

    public static string StreamDayMissing(CultureInfo culture) => Catalog.Say(culture, nameof(StreamDayMissing));

    public static string StreamTimeMissing(CultureInfo culture) => Catalog.Say(culture, nameof(StreamTimeMissing));

    public static string StreamDurationMissing(CultureInfo culture) => Catalog.Say(culture, nameof(StreamDurationMissing));

    public static string StreamHostMissing(CultureInfo culture) => Catalog.Say(culture, nameof(StreamHostMissing));

    public static string StreamWordUnread(CultureInfo culture, string word) => Catalog.Say(culture, nameof(StreamWordUnread), word);

    public static string StreamWordsUnread(CultureInfo culture, string words) => Catalog.Say(culture, nameof(StreamWordsUnread), words);

    public static string StreamCommandsHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(StreamCommandsHowTo));

    public static string ManagersOnlyScheduleOthersStreams(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnlyScheduleOthersStreams));

    public static string StreamLengthOutOfRange(CultureInfo culture, string length, string shortest, string longest) => Catalog.Say(culture, nameof(StreamLengthOutOfRange), length, shortest, longest);

    public static string StreamStartPassed(CultureInfo culture, string when) => Catalog.Say(culture, nameof(StreamStartPassed), when);

    public static string StreamStartPassedHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(StreamStartPassedHowTo));

    public static string StreamCurrencyUnknown(CultureInfo culture, string currency, string reporting, string quarter) => Catalog.Say(culture, nameof(StreamCurrencyUnknown), currency, reporting, quarter);

    public static string StreamCurrencyHowTo(CultureInfo culture, string reporting) => Catalog.Say(culture, nameof(StreamCurrencyHowTo), reporting);

    public static string StreamTemplateUnknown(CultureInfo culture, string template) => Catalog.Say(culture, nameof(StreamTemplateUnknown), template);

    public static string StreamTemplatesYouCanName(CultureInfo culture, string templates) => Catalog.Say(culture, nameof(StreamTemplatesYouCanName), templates);

    public static string StreamAlreadyScheduled(CultureInfo culture, string title, string when) => Catalog.Say(culture, nameof(StreamAlreadyScheduled), title, when);

    public static string StreamListHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(StreamListHowTo));

    public static string FactWhen(CultureInfo culture) => Catalog.Say(culture, nameof(FactWhen));

    public static string FactLength(CultureInfo culture) => Catalog.Say(culture, nameof(FactLength));

    public static string FactHost(CultureInfo culture) => Catalog.Say(culture, nameof(FactHost));

    public static string FactCrew(CultureInfo culture) => Catalog.Say(culture, nameof(FactCrew));

    public static string NoCrew(CultureInfo culture) => Catalog.Say(culture, nameof(NoCrew));

    public static string FactCurrency(CultureInfo culture) => Catalog.Say(culture, nameof(FactCurrency));

    public static string FactTemplate(CultureInfo culture) => Catalog.Say(culture, nameof(FactTemplate));

    public static string FactReview(CultureInfo culture) => Catalog.Say(culture, nameof(FactReview));

    public static string ReviewAskedAt(CultureInfo culture, string when, int minutes) => Catalog.Say(culture, nameof(ReviewAskedAt), when, minutes);

    public static string StreamScheduled(CultureInfo culture, string title) => Catalog.Say(culture, nameof(StreamScheduled), title);

    public static string StreamScheduledHowTo(CultureInfo culture, string title) => Catalog.Say(culture, nameof(StreamScheduledHowTo), title);

    public static string NoStreams(CultureInfo culture, string team) => Catalog.Say(culture, nameof(NoStreams), team);

    public static string StreamListHeadline(CultureInfo culture, string team) => Catalog.Say(culture, nameof(StreamListHeadline), team);

    public static string StreamListLine(CultureInfo culture, string when, string length, string host, string state) => Catalog.Say(culture, nameof(StreamListLine), when, length, host, state);

    public static string StreamListNote(CultureInfo culture) => Catalog.Say(culture, nameof(StreamListNote));

    public static string StateScheduled(CultureInfo culture) => Catalog.Say(culture, nameof(StateScheduled));

    public static string StatePrompting(CultureInfo culture, int answered, int reviewers) => Catalog.Say(culture, nameof(StatePrompting), answered, reviewers);

    public static string StateSummarised(CultureInfo culture, int answered, int reviewers) => Catalog.Say(culture, nameof(StateSummarised), answered, reviewers);

    public static string StateCancelled(CultureInfo culture) => Catalog.Say(culture, nameof(StateCancelled));

    public static string NoStreamStarted(CultureInfo culture) => Catalog.Say(culture, nameof(NoStreamStarted));

    public static string StreamNotFound(CultureInfo culture, string which) => Catalog.Say(culture, nameof(StreamNotFound), which);

    public static string StreamIsCancelled(CultureInfo culture, string title) => Catalog.Say(culture, nameof(StreamIsCancelled), title);

    public static string StreamNotStartedYet(CultureInfo culture, string title, string when) => Catalog.Say(culture, nameof(StreamNotStartedYet), title, when);

    public static string ManagersOrHostOnlyStartReview(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOrHostOnlyStartReview));

    public static string StreamReviewAlreadyAsked(CultureInfo culture, string title, string when) => Catalog.Say(culture, nameof(StreamReviewAlreadyAsked), title, when);

    public static string StreamReviewStartsNow(CultureInfo culture, string title) => Catalog.Say(culture, nameof(StreamReviewStartsNow), title);

    public static string StreamReviewStartsNowNight(CultureInfo culture) => Catalog.Say(culture, nameof(StreamReviewStartsNowNight));

    public static string CancelWhich(CultureInfo culture) => Catalog.Say(culture, nameof(CancelWhich));

    public static string ManagersOrHostOnlyCancel(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOrHostOnlyCancel));

    public static string StreamCancelled(CultureInfo culture, string title, string when) => Catalog.Say(culture, nameof(StreamCancelled), title, when);

    public static string YourTime(CultureInfo culture, string when) => Catalog.Say(culture, nameof(YourTime), when);

    public static string YourTimeAndTeamTime(CultureInfo culture, string yours, string team) => Catalog.Say(culture, nameof(YourTimeAndTeamTime), yours, team);

    public static string LengthMinutes(CultureInfo culture, int minutes) => Catalog.Say(culture, nameof(LengthMinutes), minutes);

    public static string LengthHours(CultureInfo culture, int hours) => Catalog.Say(culture, nameof(LengthHours), hours);

    public static string LengthHoursMinutes(CultureInfo culture, int hours, int minutes) => Catalog.Say(culture, nameof(LengthHoursMinutes), hours, minutes);
}
