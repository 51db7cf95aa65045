using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Planning;

/// <summary>What a manager's review of next quarter's plans says, in the reader's language: PlanReviewText.resx and its translations.</summary>
internal static class PlanReviewText
{
    private static readonly TextCatalog Catalog = new(typeof(PlanReviewText));

    public static string ManagersOnly(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnly));

    public static string QuarterBegun(CultureInfo culture, string quarter, string planned) => Catalog.Say(culture, nameof(QuarterBegun), quarter, planned);

    public static string ArgumentUnread(CultureInfo culture, string words) => Catalog.Say(culture, nameof(ArgumentUnread), words);

    public static string ArgumentHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(ArgumentHowTo));

    public static string SayWhose(CultureInfo culture, string action) => Catalog.Say(culture, nameof(SayWhose), action);

    public static string PersonUnread(CultureInfo culture, string words, string team) => Catalog.Say(culture, nameof(PersonUnread), words, team);

    public static string FormOutOfDate(CultureInfo culture) => Catalog.Say(culture, nameof(FormOutOfDate));

    public static string TypePlanForTheCurrentProposals(CultureInfo culture) => Catalog.Say(culture, nameof(TypePlanForTheCurrentProposals));

    public static string NotOnTeam(CultureInfo culture, string team) => Catalog.Say(culture, nameof(NotOnTeam), team);

    public static string NoProposal(CultureInfo culture, string name, string quarter) => Catalog.Say(culture, nameof(NoProposal), name, quarter);

    public static string NoProposalHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(NoProposalHowTo));

    public static string AlreadyApproved(CultureInfo culture, string name, string quarter) => Catalog.Say(culture, nameof(AlreadyApproved), name, quarter);

    public static string AlreadyApprovedHowTo(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(AlreadyApprovedHowTo), quarter);

    public static string WaitingForMember(CultureInfo culture, string name, string status) => Catalog.Say(culture, nameof(WaitingForMember), name, status);

    public static string WaitingForMemberHowTo(CultureInfo culture, string name) => Catalog.Say(culture, nameof(WaitingForMemberHowTo), name);

    public static string ProposalChanged(CultureInfo culture, string name) => Catalog.Say(culture, nameof(ProposalChanged), name);

    public static string OwnerGone(CultureInfo culture, string name, string team) => Catalog.Say(culture, nameof(OwnerGone), name, team);

    public static string ViewHeadline(CultureInfo culture, string team, string quarter) => Catalog.Say(culture, nameof(ViewHeadline), team, quarter);

    public static string NotProposedYet(CultureInfo culture, int count) => Catalog.Say(culture, nameof(NotProposedYet), count);

    public static string StatusProposed(CultureInfo culture, string day) => Catalog.Say(culture, nameof(StatusProposed), day);

    public static string StatusSentBack(CultureInfo culture, string day) => Catalog.Say(culture, nameof(StatusSentBack), day);

    public static string StatusApproved(CultureInfo culture, string day) => Catalog.Say(culture, nameof(StatusApproved), day);

    public static string KeyResultLine(CultureInfo culture, string start, string target, string basis) => Catalog.Say(culture, nameof(KeyResultLine), start, target, basis);

    public static string MilestoneLine(CultureInfo culture, string basis) => Catalog.Say(culture, nameof(MilestoneLine), basis);

    public static string Result(CultureInfo culture, string quarter, string actual, string target, string attainment) => Catalog.Say(culture, nameof(Result), quarter, actual, target, attainment);

    public static string ResultWithoutAttainment(CultureInfo culture, string quarter, string actual, string target) => Catalog.Say(culture, nameof(ResultWithoutAttainment), quarter, actual, target);

    public static string ResultNoCheckIns(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(ResultNoCheckIns), quarter);

    public static string PersonMoneyTotal(CultureInfo culture, string amount) => Catalog.Say(culture, nameof(PersonMoneyTotal), amount);

    public static string ProposesNothing(CultureInfo culture) => Catalog.Say(culture, nameof(ProposesNothing));

    public static string SentBackWith(CultureInfo culture, string manager, string comment) => Catalog.Say(culture, nameof(SentBackWith), manager, comment);

    public static string TeamHeading(CultureInfo culture, string team, string currency) => Catalog.Say(culture, nameof(TeamHeading), team, currency);

    public static string ProposalsLabel(CultureInfo culture) => Catalog.Say(culture, nameof(ProposalsLabel));

    public static string ProposalsCount(CultureInfo culture, int proposed, int members, int approved, int sentBack) => Catalog.Say(culture, nameof(ProposalsCount), proposed, members, approved, sentBack);

    public static string TeamTargetLabel(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(TeamTargetLabel), quarter);

    public static string NoTeamTargetYet(CultureInfo culture) => Catalog.Say(culture, nameof(NoTeamTargetYet));

    public static string ProposedAgainstTarget(CultureInfo culture, string proposed, string target, string difference, string ratio) => Catalog.Say(culture, nameof(ProposedAgainstTarget), proposed, target, difference, ratio);

    public static string ProposedAgainstTargetWithoutRatio(CultureInfo culture, string proposed, string target, string difference) => Catalog.Say(culture, nameof(ProposedAgainstTargetWithoutRatio), proposed, target, difference);

    public static string ActualLabel(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(ActualLabel), quarter);

    public static string ProposedAgainstActual(CultureInfo culture, string actual, string proposed, string ratio) => Catalog.Say(culture, nameof(ProposedAgainstActual), actual, proposed, ratio);

    public static string ProposedAgainstActualWithoutRatio(CultureInfo culture, string actual, string proposed) => Catalog.Say(culture, nameof(ProposedAgainstActualWithoutRatio), actual, proposed);

    public static string RateMissingFallback(CultureInfo culture, string currency, string quarter, string earlier, string rate) => Catalog.Say(culture, nameof(RateMissingFallback), currency, quarter, earlier, rate);

    public static string RateMissingLeftOut(CultureInfo culture, string currency, string quarter) => Catalog.Say(culture, nameof(RateMissingLeftOut), currency, quarter);

    public static string ActualRateMissing(CultureInfo culture, string currency, string quarter) => Catalog.Say(culture, nameof(ActualRateMissing), currency, quarter);

    public static string ViewHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(ViewHowTo));

    public static string EditButton(CultureInfo culture, string name) => Catalog.Say(culture, nameof(EditButton), name);

    public static string SendBackButton(CultureInfo culture, string name) => Catalog.Say(culture, nameof(SendBackButton), name);

    public static string ApproveButton(CultureInfo culture, string name) => Catalog.Say(culture, nameof(ApproveButton), name);

    public static string SetTargetButton(CultureInfo culture) => Catalog.Say(culture, nameof(SetTargetButton));

    public static string TheTeamTarget(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(TheTeamTarget), quarter);

    public static string TargetNotPositive(CultureInfo culture) => Catalog.Say(culture, nameof(TargetNotPositive));

    public static string TargetHowTo(CultureInfo culture, string currency) => Catalog.Say(culture, nameof(TargetHowTo), currency);

    public static string TargetSet(CultureInfo culture, string quarter, string amount) => Catalog.Say(culture, nameof(TargetSet), quarter, amount);

    public static string TargetFormTitle(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(TargetFormTitle), quarter);

    public static string TargetFormIntro(CultureInfo culture, string currency) => Catalog.Say(culture, nameof(TargetFormIntro), currency);

    public static string TargetLabel(CultureInfo culture, string currency) => Catalog.Say(culture, nameof(TargetLabel), currency);

    public static string TargetHint(CultureInfo culture) => Catalog.Say(culture, nameof(TargetHint));

    public static string TargetSubmit(CultureInfo culture) => Catalog.Say(culture, nameof(TargetSubmit));

    public static string SendBackFormTitle(CultureInfo culture, string name, string quarter) => Catalog.Say(culture, nameof(SendBackFormTitle), name, quarter);

    public static string SendBackFormIntro(CultureInfo culture, string name) => Catalog.Say(culture, nameof(SendBackFormIntro), name);

    public static string CommentLabel(CultureInfo culture) => Catalog.Say(culture, nameof(CommentLabel));

    public static string CommentRequired(CultureInfo culture, string name) => Catalog.Say(culture, nameof(CommentRequired), name);

    public static string SendBackSubmit(CultureInfo culture) => Catalog.Say(culture, nameof(SendBackSubmit));

    public static string SentBack(CultureInfo culture, string name, string quarter) => Catalog.Say(culture, nameof(SentBack), name, quarter);

    public static string YourComment(CultureInfo culture) => Catalog.Say(culture, nameof(YourComment));

    public static string SentBackMemberTold(CultureInfo culture, string name) => Catalog.Say(culture, nameof(SentBackMemberTold), name);

    public static string SentBackToMember(CultureInfo culture, string manager, string quarter) => Catalog.Say(culture, nameof(SentBackToMember), manager, quarter);

    public static string WhatToChange(CultureInfo culture) => Catalog.Say(culture, nameof(WhatToChange));

    public static string ChangeProposalButton(CultureInfo culture) => Catalog.Say(culture, nameof(ChangeProposalButton));

    public static string SentBackToMemberHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(SentBackToMemberHowTo));

    public static string EditSaved(CultureInfo culture, string name, string quarter) => Catalog.Say(culture, nameof(EditSaved), name, quarter);

    public static string EditMemberTold(CultureInfo culture, string name) => Catalog.Say(culture, nameof(EditMemberTold), name);

    public static string EditedToMember(CultureInfo culture, string manager, string quarter) => Catalog.Say(culture, nameof(EditedToMember), manager, quarter);

    public static string EditedToMemberHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(EditedToMemberHowTo));

    public static string ChangeAdded(CultureInfo culture, string label, string line) => Catalog.Say(culture, nameof(ChangeAdded), label, line);

    public static string ChangeChanged(CultureInfo culture, string label, string before, string after) => Catalog.Say(culture, nameof(ChangeChanged), label, before, after);

    public static string ChangeRemoved(CultureInfo culture, string label) => Catalog.Say(culture, nameof(ChangeRemoved), label);

    public static string NothingChanged(CultureInfo culture) => Catalog.Say(culture, nameof(NothingChanged));

    public static string CannotApprove(CultureInfo culture, string name) => Catalog.Say(culture, nameof(CannotApprove), name);

    public static string CannotApproveHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(CannotApproveHowTo));

    public static string ProblemNoKeyResults(CultureInfo culture) => Catalog.Say(culture, nameof(ProblemNoKeyResults));

    public static string KeyResultNumber(CultureInfo culture, int number) => Catalog.Say(culture, nameof(KeyResultNumber), number);

    public static string ProblemNoTitle(CultureInfo culture, int number) => Catalog.Say(culture, nameof(ProblemNoTitle), number);

    public static string ProblemNoObjective(CultureInfo culture, string title) => Catalog.Say(culture, nameof(ProblemNoObjective), title);

    public static string ProblemNoBasis(CultureInfo culture, string title) => Catalog.Say(culture, nameof(ProblemNoBasis), title);

    public static string ProblemStartIsTarget(CultureInfo culture, string title) => Catalog.Say(culture, nameof(ProblemStartIsTarget), title);

    public static string RatesFormTitle(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(RatesFormTitle), quarter);

    public static string RatesFormIntro(CultureInfo culture, string name, string currencies, string quarter) => Catalog.Say(culture, nameof(RatesFormIntro), name, currencies, quarter);

    public static string RateHint(CultureInfo culture, string reporting, string currency) => Catalog.Say(culture, nameof(RateHint), reporting, currency);

    public static string RateHintWithEarlier(CultureInfo culture, string reporting, string currency, string quarter, string rate) => Catalog.Say(culture, nameof(RateHintWithEarlier), reporting, currency, quarter, rate);

    public static string RatesSubmit(CultureInfo culture) => Catalog.Say(culture, nameof(RatesSubmit));

    public static string RateMissing(CultureInfo culture, string currency, string reporting) => Catalog.Say(culture, nameof(RateMissing), currency, reporting);

    public static string RateUnread(CultureInfo culture, string text, string reporting, string currency) => Catalog.Say(culture, nameof(RateUnread), text, reporting, currency);

    public static string RateSaved(CultureInfo culture, string currency, string reporting, string rate, string quarter) => Catalog.Say(culture, nameof(RateSaved), currency, reporting, rate, quarter);

    public static string Approved(CultureInfo culture, string name, int count, string quarter) => Catalog.Say(culture, nameof(Approved), name, count, quarter);

    public static string ApprovedContext(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(ApprovedContext), quarter);

    public static string KeyRenamed(CultureInfo culture, string title, string proposed, string saved) => Catalog.Say(culture, nameof(KeyRenamed), title, proposed, saved);

    public static string ApprovedToMember(CultureInfo culture, string manager, string quarter) => Catalog.Say(culture, nameof(ApprovedToMember), manager, quarter);

    public static string ApprovedToMemberHowTo(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(ApprovedToMemberHowTo), quarter);
}
