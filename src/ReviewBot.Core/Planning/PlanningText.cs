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

    public static string FedStartHint(CultureInfo culture, string value) => Catalog.Say(culture, nameof(FedStartHint), value);

    public static string TargetHint(CultureInfo culture, string from, string value) => Catalog.Say(culture, nameof(TargetHint), from, value);

    public static string MilestoneValuesHint(CultureInfo culture) => Catalog.Say(culture, nameof(MilestoneValuesHint));

    public static string BasisLabel(CultureInfo culture) => Catalog.Say(culture, nameof(BasisLabel));

    public static string BasisHint(CultureInfo culture) => Catalog.Say(culture, nameof(BasisHint));

    public static string MilestoneWord(CultureInfo culture) => Catalog.Say(culture, nameof(MilestoneWord));

    public static string ThisKeyResult(CultureInfo culture) => Catalog.Say(culture, nameof(ThisKeyResult));

    public static string Reached(CultureInfo culture, string from, string actual, string target, string attainment, string score) => Catalog.Say(culture, nameof(Reached), from, actual, target, attainment, score);

    public static string ReachedScore(CultureInfo culture, string from, string actual, string target, string score) => Catalog.Say(culture, nameof(ReachedScore), from, actual, target, score);

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

    public static string DialogHeadline(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(DialogHeadline), planned);

    public static string DialogHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(DialogHowTo));

    public static string DialogCancelled(CultureInfo culture) => Catalog.Say(culture, nameof(DialogCancelled));

    public static string DialogStartAgain(CultureInfo culture) => Catalog.Say(culture, nameof(DialogStartAgain));

    public static string DialogWords(CultureInfo culture) => Catalog.Say(culture, nameof(DialogWords));

    public static string NothingSavedYet(CultureInfo culture) => Catalog.Say(culture, nameof(NothingSavedYet));

    public static string PickingUp(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(PickingUp), planned);

    public static string AskKeep(CultureInfo culture, string title, string planned) => Catalog.Say(culture, nameof(AskKeep), title, planned);

    public static string AskCarryMilestone(CultureInfo culture, string title, string planned) => Catalog.Say(culture, nameof(AskCarryMilestone), title, planned);

    public static string AnswerKeepOrDropHint(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerKeepOrDropHint));

    public static string AnswerCarryOrLeaveHint(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerCarryOrLeaveHint));

    public static string AnswerKeepOrDrop(CultureInfo culture, string answer) => Catalog.Say(culture, nameof(AnswerKeepOrDrop), answer);

    public static string AnswerCarryOrLeave(CultureInfo culture, string answer) => Catalog.Say(culture, nameof(AnswerCarryOrLeave), answer);

    public static string AskStart(CultureInfo culture, string title, string planned) => Catalog.Say(culture, nameof(AskStart), title, planned);

    public static string AskStartCarried(CultureInfo culture, string from, string value) => Catalog.Say(culture, nameof(AskStartCarried), from, value);

    public static string AskValueIn(CultureInfo culture, string unit) => Catalog.Say(culture, nameof(AskValueIn), unit);

    public static string AskTarget(CultureInfo culture, string title, string planned) => Catalog.Say(culture, nameof(AskTarget), title, planned);

    public static string StartNeeded(CultureInfo culture, string title) => Catalog.Say(culture, nameof(StartNeeded), title);

    public static string TargetNeeded(CultureInfo culture, string title) => Catalog.Say(culture, nameof(TargetNeeded), title);

    public static string AskBasis(CultureInfo culture, string title) => Catalog.Say(culture, nameof(AskBasis), title);

    public static string AskNewKeyResult(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(AskNewKeyResult), planned);

    public static string AskAnotherKeyResult(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(AskAnotherKeyResult), planned);

    public static string AskNewKeyResultHint(CultureInfo culture) => Catalog.Say(culture, nameof(AskNewKeyResultHint));

    public static string AskObjective(CultureInfo culture, string title) => Catalog.Say(culture, nameof(AskObjective), title);

    public static string AskObjectiveHint(CultureInfo culture) => Catalog.Say(culture, nameof(AskObjectiveHint));

    public static string ObjectiveAnswerUnread(CultureInfo culture, string answer, int count) => Catalog.Say(culture, nameof(ObjectiveAnswerUnread), answer, count);

    public static string NewObjectiveInChat(CultureInfo culture) => Catalog.Say(culture, nameof(NewObjectiveInChat));

    public static string ObjectiveTitleExample(CultureInfo culture) => Catalog.Say(culture, nameof(ObjectiveTitleExample));

    public static string AskObjectiveTitle(CultureInfo culture) => Catalog.Say(culture, nameof(AskObjectiveTitle));

    public static string AskUnit(CultureInfo culture, string title) => Catalog.Say(culture, nameof(AskUnit), title);

    public static string ArgumentsUnread(CultureInfo culture, string words) => Catalog.Say(culture, nameof(ArgumentsUnread), words);

    public static string PlanHowTo(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(PlanHowTo), planned);

    public static string QuarterIsPast(CultureInfo culture, string planned, string current) => Catalog.Say(culture, nameof(QuarterIsPast), planned, current);

    public static string FormNotRecognised(CultureInfo culture) => Catalog.Say(culture, nameof(FormNotRecognised));

    public static string AlreadyApproved(CultureInfo culture, string planned, string day, string manager) => Catalog.Say(culture, nameof(AlreadyApproved), planned, day, manager);

    public static string ApprovedSeeOkrs(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(ApprovedSeeOkrs), planned);

    public static string DialogReplacesProposal(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(DialogReplacesProposal), planned);

    public static string Proposed(CultureInfo culture, string count, string planned) => Catalog.Say(culture, nameof(Proposed), count, planned);

    public static string ProposedAgain(CultureInfo culture, string count, string planned) => Catalog.Say(culture, nameof(ProposedAgain), count, planned);

    public static string AlreadyProposed(CultureInfo culture, string count, string planned) => Catalog.Say(culture, nameof(AlreadyProposed), count, planned);

    public static string ProposedFact(CultureInfo culture, string start, string target, string basis) => Catalog.Say(culture, nameof(ProposedFact), start, target, basis);

    public static string ProposedMilestoneFact(CultureInfo culture, string basis) => Catalog.Say(culture, nameof(ProposedMilestoneFact), basis);

    public static string ChangeUntilApproved(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(ChangeUntilApproved), planned);

    public static string SavedInBetween(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(SavedInBetween), planned);

    public static string SavedInBetweenHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(SavedInBetweenHowTo));

    public static string ManagerNotice(CultureInfo culture, string name, string count, string planned) => Catalog.Say(culture, nameof(ManagerNotice), name, count, planned);

    public static string ManagerNoticeHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(ManagerNoticeHowTo));

    public static string KeyResultCount(CultureInfo culture, int count) => Catalog.Say(culture, nameof(KeyResultCount), count);

    public static string KeyResultCountOne(CultureInfo culture) => Catalog.Say(culture, nameof(KeyResultCountOne));

    public static string PromptHeadline(CultureInfo culture, string planned, string name) => Catalog.Say(culture, nameof(PromptHeadline), planned, name);

    public static string PromptResultsIn(CultureInfo culture, string from) => Catalog.Say(culture, nameof(PromptResultsIn), from);

    public static string PromptNoKeyResults(CultureInfo culture, string from) => Catalog.Say(culture, nameof(PromptNoKeyResults), from);

    public static string PromptHowTo(CultureInfo culture, string planned) => Catalog.Say(culture, nameof(PromptHowTo), planned);

    public static string OpenPlanButton(CultureInfo culture) => Catalog.Say(culture, nameof(OpenPlanButton));

    public static string PlanByTextButton(CultureInfo culture) => Catalog.Say(culture, nameof(PlanByTextButton));
}
