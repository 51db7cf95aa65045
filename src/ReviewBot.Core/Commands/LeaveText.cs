using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Commands;

/// <summary>What review leave says, in the reader's language: LeaveText.resx and its translations.</summary>
internal static class LeaveText
{
    private static readonly TextCatalog Catalog = new(typeof(LeaveText));

    public static string LeaveArgumentUnread(CultureInfo culture, string argument, string team) => Catalog.Say(culture, nameof(LeaveArgumentUnread), argument, team);

    public static string LeaveHowToForMember(CultureInfo culture) => Catalog.Say(culture, nameof(LeaveHowToForMember));

    public static string LeaveHowToForManager(CultureInfo culture) => Catalog.Say(culture, nameof(LeaveHowToForManager));

    public static string ManagersOnlySetOthersLeave(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnlySetOthersLeave));

    public static string ClearTakesNoDates(CultureInfo culture) => Catalog.Say(culture, nameof(ClearTakesNoDates));

    public static string ClearTakesNoDatesHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(ClearTakesNoDatesHowTo));

    public static string DatesUnread(CultureInfo culture, string text) => Catalog.Say(culture, nameof(DatesUnread), text);

    public static string DatesHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(DatesHowTo));

    public static string EndsBeforeStart(CultureInfo culture, string last, string first) => Catalog.Say(culture, nameof(EndsBeforeStart), last, first);

    public static string EndsBeforeStartHowTo(CultureInfo culture, string last, string first) => Catalog.Say(culture, nameof(EndsBeforeStartHowTo), last, first);

    public static string TooLong(CultureInfo culture, int days) => Catalog.Say(culture, nameof(TooLong), days);

    public static string TooLongHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(TooLongHowTo));

    public static string AlreadyEnded(CultureInfo culture, string last) => Catalog.Say(culture, nameof(AlreadyEnded), last);

    public static string AlreadyEndedHowTo(CultureInfo culture, string today) => Catalog.Say(culture, nameof(AlreadyEndedHowTo), today);

    public static string YourLeaveNoted(CultureInfo culture, string first, string last, int days) => Catalog.Say(culture, nameof(YourLeaveNoted), first, last, days);

    public static string YourLeaveNotedOneDay(CultureInfo culture, string first, string last) => Catalog.Say(culture, nameof(YourLeaveNotedOneDay), first, last);

    public static string MemberLeaveNoted(CultureInfo culture, string name, string first, string last, int days) => Catalog.Say(culture, nameof(MemberLeaveNoted), name, first, last, days);

    public static string MemberLeaveNotedOneDay(CultureInfo culture, string name, string first, string last) => Catalog.Say(culture, nameof(MemberLeaveNotedOneDay), name, first, last);

    public static string YourLeaveNotedHowToClear(CultureInfo culture) => Catalog.Say(culture, nameof(YourLeaveNotedHowToClear));

    public static string MemberLeaveNotedHowToClear(CultureInfo culture, string firstName) => Catalog.Say(culture, nameof(MemberLeaveNotedHowToClear), firstName);

    public static string YourLeaveCleared(CultureInfo culture) => Catalog.Say(culture, nameof(YourLeaveCleared));

    public static string MemberLeaveCleared(CultureInfo culture, string name) => Catalog.Say(culture, nameof(MemberLeaveCleared), name);

    public static string YouHaveNoLeaveToClear(CultureInfo culture) => Catalog.Say(culture, nameof(YouHaveNoLeaveToClear));

    public static string MemberHasNoLeaveToClear(CultureInfo culture, string name) => Catalog.Say(culture, nameof(MemberHasNoLeaveToClear), name);

    public static string HowToAddLeave(CultureInfo culture) => Catalog.Say(culture, nameof(HowToAddLeave));

    public static string LeaveDays(CultureInfo culture, string first, string last) => Catalog.Say(culture, nameof(LeaveDays), first, last);

    public static string TeamLeaveHeadline(CultureInfo culture, string team) => Catalog.Say(culture, nameof(TeamLeaveHeadline), team);

    public static string YourLeaveHeadline(CultureInfo culture) => Catalog.Say(culture, nameof(YourLeaveHeadline));

    public static string MemberLeaveHeadline(CultureInfo culture, string name) => Catalog.Say(culture, nameof(MemberLeaveHeadline), name);

    public static string NoTeamLeave(CultureInfo culture, string team) => Catalog.Say(culture, nameof(NoTeamLeave), team);

    public static string NoLeaveOfYours(CultureInfo culture) => Catalog.Say(culture, nameof(NoLeaveOfYours));

    public static string NoMemberLeave(CultureInfo culture, string name) => Catalog.Say(culture, nameof(NoMemberLeave), name);

    public static string HowToAddLeaveNoPrompts(CultureInfo culture) => Catalog.Say(culture, nameof(HowToAddLeaveNoPrompts));

    public static string LeaveListNote(CultureInfo culture) => Catalog.Say(culture, nameof(LeaveListNote));
}
