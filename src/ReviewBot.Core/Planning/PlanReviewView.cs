using System.Globalization;
using System.Text;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Planning;

/// <summary>
/// <c>review plan</c> for a manager: each active member's proposal for the quarter planned, every key result beside
/// this quarter's result of the one it continues, each person's money total, and the team's total against the team
/// target and this quarter's actual, all in the reporting currency. One section per person and facts per key
/// result, like the quarter review, so a long team still renders.
/// </summary>
internal static class PlanReviewView
{
    private const string Separator = " · ";

    /// <param name="from">The quarter planned from (its results are shown beside the proposals).</param>
    public static MessageReply Build(Speaker speaker, Quarter planned, IReadOnlyList<PlanProposal> proposals, TeamPlanTarget? target, QuarterData from, string? headline = null)
    {
        var culture = speaker.Culture;
        var team = speaker.Team;
        var standings = from.Standings().ToDictionary(s => s.KeyResult.Id, StringComparer.Ordinal);
        var byMember = proposals.ToDictionary(p => p.MemberId, StringComparer.Ordinal);
        var sections = new List<Section>();
        var buttons = new List<Button>();
        var teamTotal = new PlanMoney.Total(team, planned);
        var notProposed = new List<string>();
        foreach (var member in speaker.TeamMembers.Where(m => m.Active).OrderBy(m => byMember.ContainsKey(m.Id) ? 0 : 1).ThenBy(m => m.Name, StringComparer.CurrentCulture))
        {
            if (!byMember.TryGetValue(member.Id, out var proposal))
            {
                if (OwesAPlan(member, from))
                {
                    notProposed.Add(member.Name);
                }

                continue;
            }

            var total = new PlanMoney.Total(team, planned);
            foreach (var money in proposal.KeyResults.Select(PlanMoney.Proposed).OfType<(string Currency, decimal Amount)>())
            {
                total.Add(money.Currency, money.Amount);
            }

            teamTotal.Add(total);
            sections.Add(MemberSection(speaker, member, proposal, total, standings, from.Quarter));
            if (proposal.Status == PlanStatus.Proposed)
            {
                // The version names what the manager saw: a press after the member changed it shows the change instead.
                var value = ButtonValue(member.Id, planned, proposal.Version);
                buttons.Add(new Button(PlanReviewText.EditButton(culture, member.Name), ActionIds.EditPlan, value));
                buttons.Add(new Button(PlanReviewText.SendBackButton(culture, member.Name), ActionIds.SendPlanBack, value));
                buttons.Add(new Button(PlanReviewText.ApproveButton(culture, member.Name), ActionIds.ApprovePlan, value, ButtonStyle.Primary));
            }
        }

        if (notProposed.Count > 0)
        {
            // One line for everyone still to propose: on a long team, early on, that is most of it.
            sections.Add(Section.Of(PlanReviewText.NotProposedYet(culture, notProposed.Count), ReaderPunctuation.Names(notProposed, culture)));
        }

        var (teamSection, actual) = TeamSection(speaker, planned, proposals, target, teamTotal, from);
        sections.Add(teamSection);
        buttons.Add(new Button(PlanReviewText.SetTargetButton(culture), ActionIds.SetPlanTarget, ButtonValue(speaker.Member.Id, planned)));
        var context = new List<string>();
        foreach (var currency in PlanMoney.MissingRates(team, proposals.SelectMany(p => p.KeyResults), planned))
        {
            context.Add(PlanMoney.Rate(team, currency, planned.Previous()) is { } earlier
                ? PlanReviewText.RateMissingFallback(culture, currency, planned.ToString(), planned.Previous().ToString(), ValueText.ForEditing(earlier, culture))
                : PlanReviewText.RateMissingLeftOut(culture, currency, planned.ToString()));
        }

        foreach (var currency in actual.LeftOut)
        {
            context.Add(PlanReviewText.ActualRateMissing(culture, currency, from.Quarter.ToString()));
        }

        context.Add(PlanReviewText.ViewHowTo(culture));
        return new MessageReply
        {
            Headline = headline ?? PlanReviewText.ViewHeadline(culture, team.Name, planned.ToString()),
            Sections = sections,
            Context = context,
            Buttons = buttons,
        };
    }

    /// <summary>"memberId|2027-Q1", or with the proposal's version as seen when the button was written: "memberId|2027-Q1|638…".</summary>
    public static string ButtonValue(string memberId, Quarter planned, long? version = null) =>
        version is { } v ? string.Create(CultureInfo.InvariantCulture, $"{memberId}|{planned.Id}|{v}") : $"{memberId}|{planned.Id}";

    public static bool TryReadButtonValue(string? value, out string memberId, out Quarter planned) =>
        TryReadButtonValue(value, out memberId, out planned, out _);

    public static bool TryReadButtonValue(string? value, out string memberId, out Quarter planned, out long? version)
    {
        var parts = (value ?? "").Split('|');
        memberId = parts[0];
        planned = default;
        version = null;
        if (parts.Length == 3)
        {
            if (!long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var read))
            {
                return false;
            }

            version = read;
        }

        return parts.Length is 2 or 3 && parts[0].Length > 0 && Quarter.TryParse(parts[1], out planned);
    }

    /// <summary>Whether a member is waited for: a manager who owned nothing this quarter plans the team, not key results of their own.</summary>
    private static bool OwesAPlan(Member member, QuarterData from) =>
        !member.IsManager || from.Objectives.SelectMany(o => o.KeyResults).Any(k => k.OwnerMemberId == member.Id);

    /// <summary>"proposed on Nov 20", "sent back on Nov 21", "approved on Nov 22": the day in the reader's own zone.</summary>
    public static string Status(Speaker speaker, PlanProposal proposal)
    {
        var culture = speaker.Culture;
        string Day(DateTimeOffset at) => DateText.Day(LocalDay.DateAt(at, speaker.Zone), culture);
        return proposal.Status switch
        {
            PlanStatus.SentBack => PlanReviewText.StatusSentBack(culture, Day(proposal.UpdatedAt)),
            PlanStatus.Approved => PlanReviewText.StatusApproved(culture, Day(proposal.UpdatedAt)),
            _ => PlanReviewText.StatusProposed(culture, Day(proposal.ProposedAt)),
        };
    }

    /// <summary>"US$20M → US$30M · basis: …", or a milestone's basis alone.</summary>
    public static string KeyResultLine(ProposedKeyResult k, CultureInfo culture) =>
        k.Unit is MilestoneUnit
            ? PlanReviewText.MilestoneLine(culture, k.Basis)
            : PlanReviewText.KeyResultLine(culture, ValueFormatter.Format(k.Start, k.Unit, culture), ValueFormatter.Format(k.Target, k.Unit, culture), k.Basis);

    /// <summary>"Grow export revenue › US revenue": the objective a key result goes under, then its title.</summary>
    public static string KeyResultLabel(ProposedKeyResult k, CultureInfo culture) => $"{k.ObjectiveTitle} › {k.Title}";

    /// <summary>"Andy Miller · US · proposed on Nov 20".</summary>
    private static string Heading(Member member, string status) => string.Join(Separator, member.Name, member.Market, status);

    private static Section MemberSection(Speaker speaker, Member member, PlanProposal proposal, PlanMoney.Total total, Dictionary<string, KeyResultStanding> standings, Quarter from)
    {
        var culture = speaker.Culture;
        var facts = new List<Fact>(proposal.KeyResults.Count);
        foreach (var k in proposal.KeyResults.OrderBy(k => k.Position))
        {
            var line = new StringBuilder(KeyResultLine(k, culture));
            if (k.CarriedFromKeyResultId is { } carried && standings.TryGetValue(carried, out var standing))
            {
                line.Append(Separator).Append(Result(standing, from, culture));
            }

            facts.Add(new Fact(KeyResultLabel(k, culture), line.ToString()));
        }

        var text = new List<string>();
        if (total.Any)
        {
            text.Add(PlanReviewText.PersonMoneyTotal(culture, Money(total, speaker.Team.ReportingCurrency, culture)));
        }

        if (proposal.KeyResults.Count == 0)
        {
            text.Add(PlanReviewText.ProposesNothing(culture));
        }

        if (proposal.Status == PlanStatus.SentBack && proposal.ManagerComment is { Length: > 0 } comment)
        {
            text.Add(PlanReviewText.SentBackWith(culture, speaker.NameOf(proposal.DecidedByMemberId), comment));
        }

        return new Section(
            Heading(member, Status(speaker, proposal)),
            text.Count == 0 ? null : string.Join('\n', text),
            facts);
    }

    /// <summary>This quarter's result of the key result a proposal continues: "2026-Q4: US$22M of US$24.7M (89.1%)".</summary>
    private static string Result(KeyResultStanding standing, Quarter from, CultureInfo culture)
    {
        var kr = standing.KeyResult;
        var quarter = from.ToString();
        if (standing.Latest is null)
        {
            return PlanReviewText.ResultNoCheckIns(culture, quarter);
        }

        var actual = ValueFormatter.Format(standing.Score.Actual, kr.Unit, culture);
        if (kr.Unit is MilestoneUnit)
        {
            return ReaderPunctuation.Said(quarter, actual, culture);
        }

        var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
        return standing.Score.Attainment is { } attainment
            ? PlanReviewText.Result(culture, quarter, actual, target, ValueFormatter.FormatRatio(attainment, culture))
            : PlanReviewText.ResultWithoutAttainment(culture, quarter, actual, target);
    }

    private static (Section Section, PlanMoney.Total Actual) TeamSection(Speaker speaker, Quarter planned, IReadOnlyList<PlanProposal> proposals, TeamPlanTarget? target, PlanMoney.Total proposed, QuarterData from)
    {
        var culture = speaker.Culture;
        var reporting = speaker.Team.ReportingCurrency;
        var unit = KeyResultUnit.Currency(reporting);
        var active = speaker.TeamMembers.Count(m => m.Active && (OwesAPlan(m, from) || proposals.Any(p => p.MemberId == m.Id)));
        var facts = new List<Fact>
        {
            new(PlanReviewText.ProposalsLabel(culture), PlanReviewText.ProposalsCount(
                culture,
                proposals.Count(p => speaker.MemberById(p.MemberId) is { Active: true }),
                active,
                proposals.Count(p => p.Status == PlanStatus.Approved),
                proposals.Count(p => p.Status == PlanStatus.SentBack))),
        };
        var proposedText = Money(proposed, reporting, culture);
        if (target is null)
        {
            facts.Add(new Fact(PlanReviewText.TeamTargetLabel(culture, planned.ToString()), PlanReviewText.NoTeamTargetYet(culture)));
        }
        else
        {
            var targetText = ValueFormatter.Format(target.Amount, unit, culture);
            var difference = ValueFormatter.FormatDifference(proposed.Amount - target.Amount, unit, culture);
            facts.Add(new Fact(
                PlanReviewText.TeamTargetLabel(culture, planned.ToString()),
                target.Amount > 0m
                    ? PlanReviewText.ProposedAgainstTarget(culture, proposedText, targetText, difference, ValueFormatter.FormatRatio(proposed.Amount / target.Amount, culture))
                    : PlanReviewText.ProposedAgainstTargetWithoutRatio(culture, proposedText, targetText, difference)));
        }

        var actual = new PlanMoney.Total(speaker.Team, from.Quarter, earlierRates: false);
        foreach (var standing in from.Standings().Where(s => s.KeyResult.Unit is CurrencyUnit && s.KeyResult.Direction == Direction.Increase))
        {
            actual.Add(((CurrencyUnit)standing.KeyResult.Unit).IsoCode, standing.Score.Actual);
        }

        if (actual.Any)
        {
            var actualText = Money(actual, reporting, culture);
            facts.Add(new Fact(
                PlanReviewText.ActualLabel(culture, from.Quarter.ToString()),
                actual.Amount > 0m
                    ? PlanReviewText.ProposedAgainstActual(culture, actualText, proposedText, ValueFormatter.FormatRatio(proposed.Amount / actual.Amount, culture))
                    : PlanReviewText.ProposedAgainstActualWithoutRatio(culture, actualText, proposedText)));
        }

        return (Section.WithFacts(PlanReviewText.TeamHeading(culture, speaker.Team.Name, reporting), facts), actual);
    }

    /// <summary>An amount in the reporting currency, with a mark when some of it is at an earlier rate or left out.</summary>
    private static string Money(PlanMoney.Total total, string reporting, CultureInfo culture)
    {
        var text = ValueFormatter.Format(total.Amount, KeyResultUnit.Currency(reporting), culture);
        return total.Marked ? $"{text} *" : text;
    }
}
