using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Commands;

/// <summary>What review okrs and its forms say, in the reader's language: OkrText.resx and its translations.</summary>
internal static class OkrText
{
    private static readonly TextCatalog Catalog = new(typeof(OkrText));

    public static string OkrsArgumentsUnread(CultureInfo culture, string arguments) => Catalog.Say(culture, nameof(OkrsArgumentsUnread), arguments);

    public static string OkrsArgumentsHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(OkrsArgumentsHowTo));

    public static string ManagersOnlyChangeOkrs(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnlyChangeOkrs));

    public static string OkrGone(CultureInfo culture) => Catalog.Say(culture, nameof(OkrGone));

    public static string TypeOkrsForTheCurrentList(CultureInfo culture) => Catalog.Say(culture, nameof(TypeOkrsForTheCurrentList));

    public static string FormOutOfDate(CultureInfo culture) => Catalog.Say(culture, nameof(FormOutOfDate));

    public static string PastQuartersCannotBeEdited(CultureInfo culture) => Catalog.Say(culture, nameof(PastQuartersCannotBeEdited));

    public static string ObjectiveGoneNothingSaved(CultureInfo culture) => Catalog.Say(culture, nameof(ObjectiveGoneNothingSaved));

    public static string GiveObjectiveTitle(CultureInfo culture) => Catalog.Say(culture, nameof(GiveObjectiveTitle));

    public static string SayWhyThisGoal(CultureInfo culture) => Catalog.Say(culture, nameof(SayWhyThisGoal));

    public static string KeyResultGoneNothingSaved(CultureInfo culture) => Catalog.Say(culture, nameof(KeyResultGoneNothingSaved));

    public static string GiveKeyResultTitle(CultureInfo culture) => Catalog.Say(culture, nameof(GiveKeyResultTitle));

    public static string SayWhyThisTarget(CultureInfo culture) => Catalog.Say(culture, nameof(SayWhyThisTarget));

    public static string ThisKeyResult(CultureInfo culture) => Catalog.Say(culture, nameof(ThisKeyResult));

    public static string TargetEqualsStart(CultureInfo culture) => Catalog.Say(culture, nameof(TargetEqualsStart));

    public static string NotAWeight(CultureInfo culture, string text) => Catalog.Say(culture, nameof(NotAWeight), text);

    public static string SavedObjective(CultureInfo culture, string title) => Catalog.Say(culture, nameof(SavedObjective), title);

    public static string SavedKeyResult(CultureInfo culture, string title) => Catalog.Say(culture, nameof(SavedKeyResult), title);

    public static string FormNotRecognised(CultureInfo culture) => Catalog.Say(culture, nameof(FormNotRecognised));

    public static string ObjectiveHeading(CultureInfo culture, string title, string owner) => Catalog.Say(culture, nameof(ObjectiveHeading), title, owner);

    public static string ObjectiveBasis(CultureInfo culture, string basis) => Catalog.Say(culture, nameof(ObjectiveBasis), basis);

    public static string MilestoneLine(CultureInfo culture, string owner, string basis) => Catalog.Say(culture, nameof(MilestoneLine), owner, basis);

    public static string RisingLine(CultureInfo culture, string start, string target, string owner, string basis) => Catalog.Say(culture, nameof(RisingLine), start, target, owner, basis);

    public static string FallingLine(CultureInfo culture, string start, string target, string owner, string basis) => Catalog.Say(culture, nameof(FallingLine), start, target, owner, basis);

    public static string RisingWeightedLine(CultureInfo culture, string start, string target, string owner, string weight, string basis) => Catalog.Say(culture, nameof(RisingWeightedLine), start, target, owner, weight, basis);

    public static string FallingWeightedLine(CultureInfo culture, string start, string target, string owner, string weight, string basis) => Catalog.Say(culture, nameof(FallingWeightedLine), start, target, owner, weight, basis);

    public static string AddObjectiveButton(CultureInfo culture) => Catalog.Say(culture, nameof(AddObjectiveButton));

    public static string EditButton(CultureInfo culture, string title) => Catalog.Say(culture, nameof(EditButton), title);

    public static string AddKeyResultToButton(CultureInfo culture, string title) => Catalog.Say(culture, nameof(AddKeyResultToButton), title);

    public static string OkrsHeadline(CultureInfo culture, string team, string quarter) => Catalog.Say(culture, nameof(OkrsHeadline), team, quarter);

    public static string SavedOkrsHeadline(CultureInfo culture, string saved, string team, string quarter) => Catalog.Say(culture, nameof(SavedOkrsHeadline), saved, team, quarter);

    public static string NoObjectivesYet(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(NoObjectivesYet), quarter);

    public static string EveryOkrNeedsABasis(CultureInfo culture) => Catalog.Say(culture, nameof(EveryOkrNeedsABasis));

    public static string ManagersAddOkrs(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersAddOkrs));

    public static string NewObjectiveFormTitle(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(NewObjectiveFormTitle), quarter);

    public static string EditObjectiveFormTitle(CultureInfo culture) => Catalog.Say(culture, nameof(EditObjectiveFormTitle));

    public static string ObjectiveFormIntro(CultureInfo culture) => Catalog.Say(culture, nameof(ObjectiveFormIntro));

    public static string TitleLabel(CultureInfo culture) => Catalog.Say(culture, nameof(TitleLabel));

    public static string OwnerLabel(CultureInfo culture) => Catalog.Say(culture, nameof(OwnerLabel));

    public static string ObjectiveBasisLabel(CultureInfo culture) => Catalog.Say(culture, nameof(ObjectiveBasisLabel));

    public static string SaveObjective(CultureInfo culture) => Catalog.Say(culture, nameof(SaveObjective));

    public static string NewKeyResultFormTitle(CultureInfo culture, string objective) => Catalog.Say(culture, nameof(NewKeyResultFormTitle), objective);

    public static string EditKeyResultFormTitle(CultureInfo culture) => Catalog.Say(culture, nameof(EditKeyResultFormTitle));

    public static string KeyResultFormIntro(CultureInfo culture) => Catalog.Say(culture, nameof(KeyResultFormIntro));

    public static string UnitLabel(CultureInfo culture) => Catalog.Say(culture, nameof(UnitLabel));

    public static string CurrencyChoice(CultureInfo culture) => Catalog.Say(culture, nameof(CurrencyChoice));

    public static string CountChoice(CultureInfo culture) => Catalog.Say(culture, nameof(CountChoice));

    public static string PercentageChoice(CultureInfo culture) => Catalog.Say(culture, nameof(PercentageChoice));

    public static string MilestoneChoice(CultureInfo culture) => Catalog.Say(culture, nameof(MilestoneChoice));

    public static string UnitNameLabel(CultureInfo culture) => Catalog.Say(culture, nameof(UnitNameLabel));

    public static string UnitNameHint(CultureInfo culture) => Catalog.Say(culture, nameof(UnitNameHint));

    public static string StartLabel(CultureInfo culture) => Catalog.Say(culture, nameof(StartLabel));

    public static string StartHint(CultureInfo culture) => Catalog.Say(culture, nameof(StartHint));

    public static string TargetLabel(CultureInfo culture) => Catalog.Say(culture, nameof(TargetLabel));

    public static string WeightLabel(CultureInfo culture) => Catalog.Say(culture, nameof(WeightLabel));

    public static string KeyResultBasisLabel(CultureInfo culture) => Catalog.Say(culture, nameof(KeyResultBasisLabel));

    public static string SaveKeyResult(CultureInfo culture) => Catalog.Say(culture, nameof(SaveKeyResult));

    public static string TeamOwnerChoice(CultureInfo culture, string team) => Catalog.Say(culture, nameof(TeamOwnerChoice), team);

    public static string KeepItUnder(CultureInfo culture, int max, int length) => Catalog.Say(culture, nameof(KeepItUnder), max, length);

    public static string ChooseTeamOrMember(CultureInfo culture) => Catalog.Say(culture, nameof(ChooseTeamOrMember));

    public static string NotACurrencyCode(CultureInfo culture, string name) => Catalog.Say(culture, nameof(NotACurrencyCode), name);

    public static string SayWhatIsCounted(CultureInfo culture) => Catalog.Say(culture, nameof(SayWhatIsCounted));

    public static string ChooseAUnit(CultureInfo culture) => Catalog.Say(culture, nameof(ChooseAUnit));
}
