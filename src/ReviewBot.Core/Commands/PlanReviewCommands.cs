using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Commands;

/// <summary>
/// A manager's side of planning: <c>review plan</c> shows the team's proposals against this quarter's results and the
/// team target, and each person's is edited, sent back with a comment, or approved into the quarter's OKRs.
/// </summary>
internal sealed class PlanReviewCommands(IReviewStore store)
{
    private static readonly HashSet<string> TargetWords = new(StringComparer.OrdinalIgnoreCase) { "target", "goal", "目标" };
    private static readonly HashSet<string> ApproveWords = new(StringComparer.OrdinalIgnoreCase) { "approve", "ok", "批准", "通过" };
    private static readonly HashSet<string> BackWords = new(StringComparer.OrdinalIgnoreCase) { "back", "sendback", "send-back", "return", "退回", "打回" };
    private static readonly HashSet<string> EditWords = new(StringComparer.OrdinalIgnoreCase) { "edit", "change", "修改", "编辑" };

    private IReviewStore Store { get; } = store;

    /// <summary><c>review plan [2027-Q1]</c>, <c>… target 5M</c>, <c>… approve @Andy</c>, <c>… back @Andy "comment"</c>, <c>… edit @Andy</c>.</summary>
    public async Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Refused(speaker);
        }

        var planned = PlanningQuarter.For(speaker);
        var words = new List<string>();
        foreach (var arg in args)
        {
            // After "back", the words are the comment: "below 2026-Q4's actual" names no quarter to plan.
            var inComment = words.Count > 0 && BackWords.Contains(words[0]);
            if (!inComment && Quarter.TryParse(arg, out var named))
            {
                planned = named;
            }
            else
            {
                words.Add(arg);
            }
        }

        if (planned < speaker.Quarter)
        {
            return Replies.Say(PlanReviewText.QuarterBegun(speaker.Culture, planned.ToString(), PlanningQuarter.For(speaker).ToString()));
        }

        if (words.Count == 0)
        {
            return [await ViewAsync(speaker, speaker.Team, planned, null, cancellationToken)];
        }

        var (action, rest) = (words[0], words.Skip(1).ToList());
        if (TargetWords.Contains(action))
        {
            return rest.Count == 0
                ? [PlanReviewForms.TeamTarget(speaker, planned, await Store.TeamTargetAsync(speaker.Team.WorkspaceId, speaker.Team.Id, planned, cancellationToken))]
                : await SetTargetAsync(speaker, planned, string.Join(' ', rest), fromForm: null, cancellationToken);
        }

        if (ApproveWords.Contains(action) || EditWords.Contains(action))
        {
            var person = rest.Count == 0 ? null : ReviewCommands.FindPerson(speaker, string.Join(' ', rest));
            if (person is null)
            {
                return PersonUnread(speaker, rest, action);
            }

            return ApproveWords.Contains(action)
                ? await ApproveAsync(speaker, speaker.Team, person.Id, planned, [], null, cancellationToken)
                : await EditFormAsync(speaker, person.Id, planned, cancellationToken);
        }

        if (BackWords.Contains(action))
        {
            // "@Andy" or "Andy Miller" (two words) names the person; what follows is the comment, quoted or not.
            var (person, taken) = rest.Count > 0 && ReviewCommands.FindPerson(speaker, rest[0]) is { } one ? (one, 1)
                : rest.Count > 1 && ReviewCommands.FindPerson(speaker, $"{rest[0]} {rest[1]}") is { } two ? (two, 2)
                : ((Member?)null, 0);
            if (person is null)
            {
                return PersonUnread(speaker, rest.Take(1).ToList(), action);
            }

            var comment = string.Join(' ', rest.Skip(taken)).Trim();
            return comment.Length == 0
                ? await SendBackFormAsync(speaker, person.Id, planned, null, cancellationToken)
                : await SendBackAsync(speaker, person.Id, planned, comment, null, cancellationToken);
        }

        return Replies.Say(PlanReviewText.ArgumentUnread(speaker.Culture, string.Join(' ', words)), PlanReviewText.ArgumentHowTo(speaker.Culture));
    }

    /// <summary>The team view's buttons: edit, send back, approve, set the target.</summary>
    public async Task<IReadOnlyList<Reply>> PressAsync(Speaker speaker, ButtonPress press, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Refused(speaker);
        }

        if (press.ActionId == ActionIds.SetPlanTarget)
        {
            // "managerId|2027-Q1" (the manager's own id picks their team), or the quarter alone from an older view.
            var quarter = PlanReviewView.TryReadButtonValue(press.Value, out _, out var named) ? named : Quarter.TryParse(press.Value, out var bare) ? bare : default;
            return quarter != default && quarter >= speaker.Quarter
                ? [PlanReviewForms.TeamTarget(speaker, quarter, await Store.TeamTargetAsync(speaker.Team.WorkspaceId, speaker.Team.Id, quarter, cancellationToken))]
                : OldButton(speaker);
        }

        if (!PlanReviewView.TryReadButtonValue(press.Value, out var memberId, out var planned, out var version) || planned < speaker.Quarter)
        {
            return OldButton(speaker);
        }

        return press.ActionId switch
        {
            ActionIds.EditPlan => await EditFormAsync(speaker, memberId, planned, cancellationToken),
            ActionIds.SendPlanBack => await SendBackFormAsync(speaker, memberId, planned, version, cancellationToken),
            ActionIds.ApprovePlan => await ApproveAsync(speaker, speaker.Team, memberId, planned, [], version, cancellationToken),
            _ => OldButton(speaker),
        };
    }

    /// <summary>A manager's planning form: an edit, a send-back comment, exchange rates, or the team target.</summary>
    public async Task<IReadOnlyList<Reply>> SubmitAsync(Speaker speaker, FormSubmission form, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Refused(speaker);
        }

        if (!FormIds.TryReadPlan(form.FormId, out var kind, out var planned, out var memberId, out var version) || planned < speaker.Quarter)
        {
            return OldButton(speaker);
        }

        string Value(string id) => form.Values.TryGetValue(id, out var v) ? v?.Trim() ?? "" : "";
        return kind switch
        {
            PlanFormKind.TeamTarget => await SetTargetAsync(speaker, planned, Value(PlanReviewForms.AmountField), form.Values, cancellationToken),
            PlanFormKind.SendBack when Value(PlanReviewForms.CommentField).Length == 0 && speaker.MemberById(memberId) is { } member =>
                [PlanReviewForms.SendBack(speaker, member, planned, null, PlanReviewText.CommentRequired(speaker.Culture, member.Name), version)],
            PlanFormKind.SendBack when Value(PlanReviewForms.CommentField).Length > TemplateForm.MaxTextLength && speaker.MemberById(memberId) is { } member =>
                [PlanReviewForms.SendBack(speaker, member, planned, Value(PlanReviewForms.CommentField), DialogText.TextTooLong(speaker.Culture, TemplateForm.MaxTextLength, Value(PlanReviewForms.CommentField).Length), version)],
            PlanFormKind.SendBack => await SendBackAsync(speaker, memberId, planned, Value(PlanReviewForms.CommentField), version, cancellationToken),
            PlanFormKind.ExchangeRates => await SubmitRatesAsync(speaker, memberId, planned, form, version, cancellationToken),
            PlanFormKind.ManagerEdit => await SubmitEditAsync(speaker, memberId, planned, form, version, cancellationToken),
            _ => OldButton(speaker),
        };
    }

    private async Task<MessageReply> ViewAsync(Speaker speaker, Team team, Quarter planned, string? headline, CancellationToken cancellationToken)
    {
        var proposals = await Store.ProposalsAsync(team.WorkspaceId, team.Id, planned, cancellationToken);
        var target = await Store.TeamTargetAsync(team.WorkspaceId, team.Id, planned, cancellationToken);
        var from = await QuarterData.LoadAsync(Store, team, speaker.TeamMembers, planned.Previous(), cancellationToken);
        return PlanReviewView.Build(speaker with { Team = team }, planned, proposals, target, from, headline);
    }

    private async Task<IReadOnlyList<Reply>> SetTargetAsync(Speaker speaker, Quarter planned, string text, IReadOnlyDictionary<string, string>? fromForm, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        var reporting = speaker.Team.ReportingCurrency;
        var read = ValueParser.Parse(text, KeyResultUnit.Currency(reporting), culture, PlanReviewText.TheTeamTarget(culture, planned.ToString()));
        var error = !read.IsSuccess ? read.Error.Message : read.Value <= 0m ? PlanReviewText.TargetNotPositive(culture) : null;
        if (error is not null)
        {
            return fromForm is not null
                ? [PlanReviewForms.TeamTarget(speaker, planned, null, fromForm, error)]
                : Replies.Say(error, PlanReviewText.TargetHowTo(culture, reporting));
        }

        await Store.SaveTeamTargetAsync(new TeamPlanTarget(speaker.Team.WorkspaceId, speaker.Team.Id, planned, reporting, read.Value, speaker.Member.Id, speaker.Now), cancellationToken);
        var headline = PlanReviewText.TargetSet(culture, planned.ToString(), ValueFormatter.Format(read.Value, KeyResultUnit.Currency(reporting), culture));
        return [await ViewAsync(speaker, speaker.Team, planned, headline, cancellationToken) with { Placement = fromForm is null ? ReplyPlacement.New : ReplyPlacement.ReplaceSource }];
    }

    private async Task<IReadOnlyList<Reply>> SendBackFormAsync(Speaker speaker, string memberId, Quarter planned, long? version, CancellationToken cancellationToken)
    {
        var (member, proposal, refusal) = await FindAsync(speaker, memberId, planned, cancellationToken);
        if ((refusal ?? Undecided(speaker, member!, proposal!)) is { } refused)
        {
            return refused;
        }

        return Changed(proposal!, version)
            ? await ChangedAsync(speaker, member!, planned, cancellationToken)
            : [PlanReviewForms.SendBack(speaker, member!, planned, version: proposal!.Version)];
    }

    private async Task<IReadOnlyList<Reply>> SendBackAsync(Speaker speaker, string memberId, Quarter planned, string comment, long? version, CancellationToken cancellationToken)
    {
        var (member, proposal, refusal) = await FindAsync(speaker, memberId, planned, cancellationToken);
        if ((refusal ?? Undecided(speaker, member!, proposal!)) is { } refused)
        {
            return refused;
        }

        if (Changed(proposal!, version))
        {
            return await ChangedAsync(speaker, member!, planned, cancellationToken);
        }

        if (comment.Length > TemplateForm.MaxTextLength)
        {
            return Replies.Say(DialogText.TextTooLong(speaker.Culture, TemplateForm.MaxTextLength, comment.Length));
        }

        var sent = proposal! with { Status = PlanStatus.SentBack, ManagerComment = comment, DecidedByMemberId = speaker.Member.Id, UpdatedAt = speaker.Now };
        if (!await Store.SaveProposalAsync(sent, proposal!.UpdatedAt, cancellationToken))
        {
            return await ChangedAsync(speaker, member!, planned, cancellationToken);
        }

        var theirs = CultureInfo.GetCultureInfo(member!.Locale);
        return
        [
            new MessageReply
            {
                Headline = PlanReviewText.SentBack(speaker.Culture, member.Name, planned.ToString()),
                Sections = [Section.Of(PlanReviewText.YourComment(speaker.Culture), comment)],
                Context = [PlanReviewText.SentBackMemberTold(speaker.Culture, member.Name)],
                Placement = ReplyPlacement.ReplaceSource,
            },
            new MessageReply
            {
                Headline = PlanReviewText.SentBackToMember(theirs, speaker.Member.Name, planned.ToString()),
                Sections = [Section.Of(PlanReviewText.WhatToChange(theirs), comment)],
                Buttons = [new Button(PlanReviewText.ChangeProposalButton(theirs), ActionIds.OpenPlan, planned.Id, ButtonStyle.Primary)],
                Context = [PlanReviewText.SentBackToMemberHowTo(theirs)],
                ToMemberId = member.Id,
            },
        ];
    }

    private async Task<IReadOnlyList<Reply>> EditFormAsync(Speaker speaker, string memberId, Quarter planned, CancellationToken cancellationToken)
    {
        var (member, proposal, refusal) = await FindAsync(speaker, memberId, planned, cancellationToken);
        if ((refusal ?? NotApproved(speaker, member!, proposal!)) is { } refused)
        {
            return refused;
        }

        var context = await PlanningContext.LoadAsync(Store, speaker.Team, member!, planned, cancellationToken);
        return [PlanningForm.Build(context, PlanFormKind.ManagerEdit, proposal, null, null, speaker.Culture)];
    }

    private async Task<IReadOnlyList<Reply>> SubmitEditAsync(Speaker speaker, string memberId, Quarter planned, FormSubmission form, long? version, CancellationToken cancellationToken)
    {
        var (member, proposal, refusal) = await FindAsync(speaker, memberId, planned, cancellationToken);
        if ((refusal ?? NotApproved(speaker, member!, proposal!)) is { } refused)
        {
            return refused;
        }

        if (Changed(proposal!, version))
        {
            // The member saved after this form was written: saving it would undo what the manager never saw.
            return await ChangedAsync(speaker, member!, planned, cancellationToken);
        }

        var context = await PlanningContext.LoadAsync(Store, speaker.Team, member!, planned, cancellationToken);
        var reading = PlanningForm.Read(context, form, speaker.Culture);
        if (!reading.IsValid)
        {
            return [PlanningForm.Build(context, PlanFormKind.ManagerEdit, proposal, form.Values, reading.Errors, speaker.Culture)];
        }

        var edited = proposal! with { KeyResults = reading.KeyResults!, Status = PlanStatus.Proposed, DecidedByMemberId = speaker.Member.Id, UpdatedAt = speaker.Now };
        if (!await Store.SaveProposalAsync(edited, proposal!.UpdatedAt, cancellationToken))
        {
            return await ChangedAsync(speaker, member!, planned, cancellationToken);
        }

        var theirs = CultureInfo.GetCultureInfo(member!.Locale);
        var value = PlanReviewView.ButtonValue(member.Id, planned);
        return
        [
            new MessageReply
            {
                Headline = PlanReviewText.EditSaved(speaker.Culture, member.Name, planned.ToString()),
                Sections = [Section.Paragraph(PlanChanges.Describe(proposal.KeyResults, edited.KeyResults, speaker.Culture))],
                Buttons = [new Button(PlanReviewText.ApproveButton(speaker.Culture, member.Name), ActionIds.ApprovePlan, value, ButtonStyle.Primary)],
                Context = [PlanReviewText.EditMemberTold(speaker.Culture, member.Name)],
                Placement = ReplyPlacement.ReplaceSource,
            },
            new MessageReply
            {
                Headline = PlanReviewText.EditedToMember(theirs, speaker.Member.Name, planned.ToString()),
                Sections = [Section.Paragraph(PlanChanges.Describe(proposal.KeyResults, edited.KeyResults, theirs))],
                Buttons = [new Button(PlanReviewText.ChangeProposalButton(theirs), ActionIds.OpenPlan, planned.Id)],
                Context = [PlanReviewText.EditedToMemberHowTo(theirs)],
                ToMemberId = member.Id,
            },
        ];
    }

    private async Task<IReadOnlyList<Reply>> SubmitRatesAsync(Speaker speaker, string memberId, Quarter planned, FormSubmission form, long? version, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        var (member, proposal, refusal) = await FindAsync(speaker, memberId, planned, cancellationToken);
        if ((refusal ?? Undecided(speaker, member!, proposal!)) is { } refused)
        {
            return refused;
        }

        var currencies = PlanReviewForms.RateCurrencies(form).Where(c => !string.Equals(c, speaker.Team.ReportingCurrency, StringComparison.OrdinalIgnoreCase)).ToList();
        if (currencies.Count == 0)
        {
            return OldButton(speaker);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var rates = new List<ExchangeRate>();
        foreach (var currency in currencies)
        {
            var field = PlanReviewForms.RateField(currency);
            var text = form.Values.GetValueOrDefault(field)?.Trim() ?? "";
            if (PlanReviewForms.ReadRate(text, culture) is { } rate)
            {
                rates.Add(new ExchangeRate(planned, currency, rate));
            }
            else
            {
                errors[field] = text.Length == 0
                    ? PlanReviewText.RateMissing(culture, currency, speaker.Team.ReportingCurrency)
                    : PlanReviewText.RateUnread(culture, text, speaker.Team.ReportingCurrency, currency);
            }
        }

        if (errors.Count > 0)
        {
            return [PlanReviewForms.ExchangeRates(speaker, speaker.Team, member!, planned, currencies, form.Values, errors, version)];
        }

        await Store.SaveExchangeRatesAsync(speaker.Team.WorkspaceId, speaker.Team.Id, rates, cancellationToken);
        var team = await Store.FindTeamAsync(speaker.Team.WorkspaceId, speaker.Team.Id, cancellationToken) ?? speaker.Team;
        var saved = rates.Select(r => PlanReviewText.RateSaved(culture, r.Currency, team.ReportingCurrency, ValueText.ForEditing(r.RateToReporting, culture), planned.ToString())).ToList();
        return await ApproveAsync(speaker with { Team = team }, team, memberId, planned, saved, version, cancellationToken);
    }

    /// <summary>
    /// Turns the proposal into the planned quarter's OKRs, after the import's checks; asks for the exchange rates the
    /// quarter lacks first, approving nothing until they are in. A second approval finds it approved and says so.
    /// </summary>
    /// <param name="version">The proposal as the manager saw it (from a button or form); null for a command typed now.</param>
    private async Task<IReadOnlyList<Reply>> ApproveAsync(Speaker speaker, Team team, string memberId, Quarter planned, IReadOnlyList<string> ratesSaved, long? version, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        var (member, proposal, refusal) = await FindAsync(speaker, memberId, planned, cancellationToken);
        if ((refusal ?? Undecided(speaker, member!, proposal!)) is { } refused)
        {
            return [.. ratesSaved.Select(saved => new MessageReply { Headline = saved }), .. refused];
        }

        if (Changed(proposal!, version))
        {
            // Approving what the member changed since the manager looked would approve something unseen.
            return [.. ratesSaved.Select(saved => new MessageReply { Headline = saved }), .. await ChangedAsync(speaker, member!, planned, cancellationToken)];
        }

        if (!PlanApproval.CanOwn(member, proposal!))
        {
            return Replies.Say(PlanReviewText.OwnerGone(culture, member!.Name, team.Name));
        }

        var problems = PlanApproval.Problems(proposal!, culture);
        if (problems.Count > 0)
        {
            return [new MessageReply
            {
                Headline = PlanReviewText.CannotApprove(culture, member!.Name),
                Sections = [Section.Paragraph(string.Join('\n', problems.Select(p => $"• {p}")))],
                Buttons = [
                    new Button(PlanReviewText.EditButton(culture, member.Name), ActionIds.EditPlan, PlanReviewView.ButtonValue(member.Id, planned)),
                    new Button(PlanReviewText.SendBackButton(culture, member.Name), ActionIds.SendPlanBack, PlanReviewView.ButtonValue(member.Id, planned))],
                Context = [PlanReviewText.CannotApproveHowTo(culture)],
            }];
        }

        var missing = PlanMoney.MissingRates(team, proposal!.KeyResults, planned);
        if (missing.Count > 0)
        {
            return [PlanReviewForms.ExchangeRates(speaker, team, member!, planned, missing, version: proposal.Version)];
        }

        var existing = await Store.ObjectivesAsync(team.WorkspaceId, team.Id, planned, cancellationToken);
        var before = await Store.ObjectivesAsync(team.WorkspaceId, team.Id, planned.Previous(), cancellationToken);
        var (objectives, renamed) = PlanApproval.Build(proposal, existing, before, [.. speaker.TeamMembers.Where(m => m.Active).Select(m => m.Id)]);
        // A comment that sent it back earlier says nothing about the approved proposal.
        var approved = proposal with { Status = PlanStatus.Approved, ManagerComment = null, DecidedByMemberId = speaker.Member.Id, UpdatedAt = speaker.Now };
        if (!await Store.ApproveProposalAsync(approved, objectives, proposal.UpdatedAt, cancellationToken))
        {
            return await ChangedAsync(speaker, member!, planned, cancellationToken);
        }

        var count = objectives.Sum(o => o.KeyResults.Count);
        var theirs = CultureInfo.GetCultureInfo(member!.Locale);
        var context = new List<string>(ratesSaved) { PlanReviewText.ApprovedContext(culture, planned.ToString()) };
        context.AddRange(renamed.Select(r => PlanReviewText.KeyRenamed(culture, r.Title, r.ProposedKey, r.SavedKey)));
        return
        [
            new MessageReply
            {
                Headline = PlanReviewText.Approved(culture, member.Name, count, planned.ToString()),
                Sections = Sections(objectives, culture),
                Context = context,
                Placement = ratesSaved.Count > 0 ? ReplyPlacement.ReplaceSource : ReplyPlacement.New,
            },
            new MessageReply
            {
                Headline = PlanReviewText.ApprovedToMember(theirs, speaker.Member.Name, planned.ToString()),
                Sections = Sections(objectives, theirs),
                Context = [PlanReviewText.ApprovedToMemberHowTo(theirs, planned.ToString())],
                ToMemberId = member.Id,
            },
        ];
    }

    private static List<Section> Sections(IReadOnlyList<Objective> objectives, CultureInfo culture) =>
        [.. objectives.Select(o => Section.WithFacts(o.Title, [.. o.KeyResults.Select(k => new Fact(k.Title, k.Unit is MilestoneUnit
            ? PlanReviewText.MilestoneLine(culture, k.Basis)
            : PlanReviewText.KeyResultLine(culture, ValueFormatter.Format(k.Start, k.Unit, culture), ValueFormatter.Format(k.Target, k.Unit, culture), k.Basis)))]))];

    /// <summary>The member on the team and their proposal for the quarter, or what to say when either is missing.</summary>
    private async Task<(Member? Member, PlanProposal? Proposal, IReadOnlyList<Reply>? Refusal)> FindAsync(Speaker speaker, string memberId, Quarter planned, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        if (speaker.MemberById(memberId) is not { } member)
        {
            return (null, null, Replies.Say(PlanReviewText.NotOnTeam(culture, speaker.Team.Name), PlanReviewText.TypePlanForTheCurrentProposals(culture)));
        }

        var proposal = await Store.ProposalAsync(speaker.Team.WorkspaceId, speaker.Team.Id, member.Id, planned, cancellationToken);
        return proposal is null
            ? (member, null, Replies.Say(PlanReviewText.NoProposal(culture, member.Name, planned.ToString()), PlanReviewText.NoProposalHowTo(culture)))
            : (member, proposal, null);
    }

    /// <summary>Only a proposal waiting for the manager can be approved or sent back.</summary>
    private static IReadOnlyList<Reply>? Undecided(Speaker speaker, Member member, PlanProposal proposal) => proposal.Status switch
    {
        PlanStatus.Approved => AlreadyApproved(speaker, member, proposal),
        PlanStatus.SentBack => Replies.Say(PlanReviewText.WaitingForMember(speaker.Culture, member.Name, PlanReviewView.Status(speaker, proposal)), PlanReviewText.WaitingForMemberHowTo(speaker.Culture, member.Name)),
        _ => null,
    };

    /// <summary>A manager edits a proposal before it is approved, sent back or not; an approved one is changed in <c>review okrs</c>.</summary>
    private static IReadOnlyList<Reply>? NotApproved(Speaker speaker, Member member, PlanProposal proposal) =>
        proposal.Status == PlanStatus.Approved ? AlreadyApproved(speaker, member, proposal) : null;

    private static IReadOnlyList<Reply> AlreadyApproved(Speaker speaker, Member member, PlanProposal proposal) =>
        Replies.Say(PlanReviewText.AlreadyApproved(speaker.Culture, member.Name, proposal.Quarter.ToString()), PlanReviewText.AlreadyApprovedHowTo(speaker.Culture, proposal.Quarter.ToString()));

    /// <summary>Whether the proposal was saved since the button or form of <paramref name="version"/> was written.</summary>
    private static bool Changed(PlanProposal proposal, long? version) => version is { } seen && seen != proposal.Version;

    private async Task<IReadOnlyList<Reply>> ChangedAsync(Speaker speaker, Member member, Quarter planned, CancellationToken cancellationToken) =>
        [await ViewAsync(speaker, speaker.Team, planned, PlanReviewText.ProposalChanged(speaker.Culture, member.Name), cancellationToken)];

    private static IReadOnlyList<Reply> PersonUnread(Speaker speaker, IReadOnlyList<string> rest, string action) =>
        rest.Count == 0
            ? Replies.Say(PlanReviewText.SayWhose(speaker.Culture, action), PlanReviewText.ArgumentHowTo(speaker.Culture))
            : Replies.Say(PlanReviewText.PersonUnread(speaker.Culture, string.Join(' ', rest), speaker.Team.Name), PlanReviewText.ArgumentHowTo(speaker.Culture));

    private static IReadOnlyList<Reply> OldButton(Speaker speaker) =>
        Replies.Say(PlanReviewText.FormOutOfDate(speaker.Culture), PlanReviewText.TypePlanForTheCurrentProposals(speaker.Culture));

    private static IReadOnlyList<Reply> Refused(Speaker speaker) =>
        Replies.ManagersOnly(PlanReviewText.ManagersOnly(speaker.Culture), speaker.Culture);
}
