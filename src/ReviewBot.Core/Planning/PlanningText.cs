using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Planning;

/// <summary>What planning next quarter says, in the reader's language: PlanningText.resx and its translations.</summary>
internal static class PlanningText
{
    private static readonly TextCatalog Catalog = new(typeof(PlanningText));

    public static string FormTitle(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(FormTitle), planned);

    public static string ManagerEditTitle(CultureInfo culture, string name, string planned) => Catalog.Say(culture, nameof(ManagerEditTitle), name, planned);

    public static string FormIntro(CultureInfo culture, string planned, string from) => Catalog.Say(culture, nameof(FormIntro), planned, from);

    public static string ManagerEditIntro(CultureInfo culture, string name, string planned, string from) => Catalog.Say(culture, nameof(ManagerEditIntro), name, planned, from);

    public static string Propose(CultureInfo culture) => Catalog.Say(culture, nameof(Propose));

    public static string SaveChanges(CultureInfo culture) => Catalog.Say(culture, nameof(SaveChanges));

    public static string CarryLabel(CultureInfo culture, string title, string from) => Catalog.Say(culture, nameof(CarryLabel), title, from);

    public static string CarryMilestoneLabel(CultureInfo culture, string title, string from) => Catalog.Say(culture, nameof(CarryMilestoneLabel), title, from);

    public static string KeepIt(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(KeepIt), planned);

    public static string DropIt(CultureInfo culture) => Catalog.Say(culture, nameof(DropIt));

    public static string CarryIt(CultureInfo culture) => Catalog.Say(culture, nameof(CarryIt));

    public static string LeaveIt(CultureInfo culture) => Catalog.Say(culture, nameof(LeaveIt));

    public static string ObjectiveLabel(CultureInfo culture) => Catalog.Say(culture, nameof(ObjectiveLabel));

    public static string NewObjectiveLabel(CultureInfo culture, int number) => Catalog.Say(culture, nameof(NewObjectiveLabel), number);

    public static string NewObjectiveChoice(CultureInfo culture) => Catalog.Say(culture, nameof(NewObjectiveChoice));

    public static string ObjectiveTitleLabel(CultureInfo culture) => Catalog.Say(culture, nameof(ObjectiveTitleLabel));

    public static string ObjectiveTitleHint(CultureInfo culture) => Catalog.Say(culture, nameof(ObjectiveTitleHint));

    public static string TitleLabel(CultureInfo culture) => Catalog.Say(culture, nameof(TitleLabel));

    public static string NewTitleLabel(CultureInfo culture, int number) => Catalog.Say(culture, nameof(NewTitleLabel), number);

    public static string NewTitleHint(CultureInfo culture) => Catalog.Say(culture, nameof(NewTitleHint));

    public static string UnitLabel(CultureInfo culture) => Catalog.Say(culture, nameof(UnitLabel));

    public static string UnitHint(CultureInfo culture) => Catalog.Say(culture, nameof(UnitHint));

    public static string StartLabel(CultureInfo culture) => Catalog.Say(culture, nameof(StartLabel));

    public static string TargetLabel(CultureInfo culture) => Catalog.Say(culture, nameof(TargetLabel));

    public static string StartHint(CultureInfo culture, string from, string value) => Catalog.Say(culture, nameof(StartHint), from, value);

    public static string TargetHint(CultureInfo culture, string from, string value) => Catalog.Say(culture, nameof(TargetHint), from, value);

    public static string MilestoneValuesHint(CultureInfo culture) => Catalog.Say(culture, nameof(MilestoneValuesHint));

    public static string BasisLabel(CultureInfo culture) => Catalog.Say(culture, nameof(BasisLabel));

    public static string BasisHint(CultureInfo culture) => Catalog.Say(culture, nameof(BasisHint));

    public static string MilestoneWord(CultureInfo culture) => Catalog.Say(culture, nameof(MilestoneWord));

    public static string ThisKeyResult(CultureInfo culture) => Catalog.Say(culture, nameof(ThisKeyResult));

    public static string EndedAt(CultureInfo culture, string from, string actual, string target, string attainment, string score) => Catalog.Say(culture, nameof(EndedAt), from, actual, target, attainment, score);

    public static string EndedAtScore(CultureInfo culture, string from, string actual, string target, string score) => Catalog.Say(culture, nameof(EndedAtScore), from, actual, target, score);

    public static string NothingCheckedIn(CultureInfo culture, string from, string start) => Catalog.Say(culture, nameof(NothingCheckedIn), from, start);

    public static string MilestoneDone(CultureInfo culture, string from) => Catalog.Say(culture, nameof(MilestoneDone), from);

    public static string MilestoneNotDone(CultureInfo culture, string from) => Catalog.Say(culture, nameof(MilestoneNotDone), from);

    public static string CauseYouGave(CultureInfo culture, string cause) => Catalog.Say(culture, nameof(CauseYouGave), cause);

    public static string NoCauseGiven(CultureInfo culture) => Catalog.Say(culture, nameof(NoCauseGiven));

    public static string WhatWorked(CultureInfo culture, string from, string worked) => Catalog.Say(culture, nameof(WhatWorked), from, worked);

    public static string WhatToChange(CultureInfo culture, string change) => Catalog.Say(culture, nameof(WhatToChange), change);

    public static string SentBack(CultureInfo culture, string manager) => Catalog.Say(culture, nameof(SentBack), manager);

    public static string SentBackWithComment(CultureInfo culture, string manager, string comment) => Catalog.Say(culture, nameof(SentBackWithComment), manager, comment);

    public static string YourManager(CultureInfo culture) => Catalog.Say(culture, nameof(YourManager));

    public static string UnitMissing(CultureInfo culture) => Catalog.Say(culture, nameof(UnitMissing));

    public static string UnitUnknown(CultureInfo culture, string unit) => Catalog.Say(culture, nameof(UnitUnknown), unit);

    public static string TargetEqualsStart(CultureInfo culture, string start) => Catalog.Say(culture, nameof(TargetEqualsStart), start);

    public static string MilestoneHasNoStartOrTarget(CultureInfo culture) => Catalog.Say(culture, nameof(MilestoneHasNoStartOrTarget));

    public static string BasisMissing(CultureInfo culture) => Catalog.Say(culture, nameof(BasisMissing));

    public static string TitleMissing(CultureInfo culture) => Catalog.Say(culture, nameof(TitleMissing));

    public static string TitleTwice(CultureInfo culture, string title) => Catalog.Say(culture, nameof(TitleTwice), title);

    public static string ObjectiveTitleMissing(CultureInfo culture) => Catalog.Say(culture, nameof(ObjectiveTitleMissing));

    public static string ObjectiveUnknown(CultureInfo culture, string choice) => Catalog.Say(culture, nameof(ObjectiveUnknown), choice);

    public static string KeepUnknown(CultureInfo culture, string choice) => Catalog.Say(culture, nameof(KeepUnknown), choice);

    public static string NothingProposed(CultureInfo culture) => Catalog.Say(culture, nameof(NothingProposed));
}
