using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.People;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Commands;

/// <summary>
/// A member's side of planning next quarter: the prompt, the proposal form and its text dialog, with this quarter's
/// results, causes and lessons beside, carried-over key results starting where they ended.
/// </summary>
internal sealed class PlanningCommands(IReviewStore store)
{
    private IReviewStore Store { get; } = store;

    /// <summary><c>review plan [text] [mine] [2027-Q1]</c> by a member, or by a manager planning their own.</summary>
    public async Task<IReadOnlyList<Reply>> OpenAsync(Speaker speaker, Turn turn, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(args);
        var culture = speaker.Culture;
        var asText = false;
        Quarter? named = null;
        var unread = new List<string>();
        foreach (var word in args)
        {
            if (ArgumentWords.IsText(word))
            {
                asText = true;
            }
            else if (Quarter.TryParse(word, out var quarter))
            {
                named = quarter;
            }
            else if (!ArgumentWords.IsMine(word))
            {
                unread.Add(word);
            }
        }

        var planned = named ?? PlanningQuarter.For(speaker);
        if (unread.Count > 0)
        {
            return Replies.Say(PlanningText.ArgumentsUnread(culture, string.Join(' ', unread)), PlanningText.PlanHowTo(culture, planned.ToString()));
        }

        return await OpenPlanAsync(speaker, turn, planned, asText, cancellationToken);
    }

    /// <summary>The prompt's buttons: <see cref="ActionIds.OpenPlan"/> and <see cref="ActionIds.PlanByText"/>.</summary>
    public async Task<IReadOnlyList<Reply>> PressAsync(Speaker speaker, Turn turn, ButtonPress press, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(press);
        var planned = Quarter.TryParse(press.Value, out var quarter) ? quarter : PlanningQuarter.For(speaker);
        return await OpenPlanAsync(speaker, turn, planned, press.ActionId == ActionIds.PlanByText, cancellationToken);
    }

    /// <summary>The member's proposal form (<see cref="PlanFormKind.Proposal"/>) submitted.</summary>
    public async Task<IReadOnlyList<Reply>> SubmitAsync(Speaker speaker, Turn turn, FormSubmission form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(form);
        var culture = speaker.Culture;
        if (!FormIds.TryReadPlan(form.FormId, out var kind, out var planned, out var memberId, out var version) || kind != PlanFormKind.Proposal)
        {
            return Replies.Say(PlanningText.FormNotRecognised(culture), PlanningText.PlanHowTo(culture, PlanningQuarter.For(speaker).ToString()));
        }

        if (memberId != speaker.Member.Id)
        {
            // The engine answers a proposal form as its owner; a form that still names someone else is not theirs to send.
            return Replies.Say(ConversationText.FormBelongsToSomeoneElse(culture), PlanningText.PlanHowTo(culture, planned.ToString()));
        }

        if (PastQuarter(speaker, planned) is { } past)
        {
            return past;
        }

        var context = await PlanningContext.LoadAsync(Store, speaker.Team, speaker.Member, planned, cancellationToken);
        if (context.Proposal is { Status: PlanStatus.Approved } approved)
        {
            return Approved(speaker, context, approved);
        }

        var reading = PlanningForm.Read(context, form, culture);
        if (!reading.IsValid)
        {
            return [PlanningForm.Build(context, PlanFormKind.Proposal, context.Proposal, form.Values, reading.Errors, culture) with { Placement = ReplyPlacement.ReplaceSource }];
        }

        return await SaveAsync(speaker, context, reading.KeyResults!, ReplyPlacement.ReplaceSource, version, cancellationToken);
    }

    /// <summary>The next answer of an open planning text dialog; null when the member's open dialog is not a planning one.</summary>
    public async Task<IReadOnlyList<Reply>?> ContinueAsync(Speaker speaker, Turn turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var open = await Store.DialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        if (open is not { IsTextDialog: true, TemplateId: PlanningForm.TemplateId })
        {
            return null;
        }

        var culture = speaker.Culture;
        if (PastQuarter(speaker, open.Quarter) is { } past)
        {
            // A dialog left open until its quarter began: what it would save is a plan for a quarter under way.
            await Store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            return past;
        }

        var context = await PlanningContext.LoadAsync(Store, speaker.Team, speaker.Member, open.Quarter, cancellationToken);
        if (context.Proposal is { Status: PlanStatus.Approved } approved)
        {
            await Store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            return Approved(speaker, context, approved);
        }

        var outcome = PlanDialog.Continue(context, open, text, speaker.Now, culture);
        if (outcome.State is null)
        {
            await Store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            return outcome.Replies;
        }

        if (outcome.Finished is not { } values)
        {
            await Store.SaveDialogAsync(outcome.State, cancellationToken);
            return outcome.Replies;
        }

        // The end reads the answers as the form would, so the dialog saves nothing the form would refuse.
        var reading = PlanningForm.Read(context, new FormSubmission(FormIds.Plan(PlanFormKind.Proposal, context.Planned, speaker.Member.Id), values), culture);
        if (!reading.IsValid)
        {
            var (fieldId, error) = reading.Errors.First();
            var again = outcome.State with { Step = PlanDialog.StepOf(context, outcome.State, fieldId) };
            await Store.SaveDialogAsync(again, cancellationToken);
            return [new MessageReply { Headline = error, Context = [PlanningText.NothingSavedYet(culture)] }, PlanDialog.Ask(context, again, culture)];
        }

        var saved = await SaveAsync(speaker, context, reading.KeyResults!, ReplyPlacement.New, null, cancellationToken);
        await Store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        return saved;
    }

    /// <summary>
    /// The prompt to plan the quarter after <paramref name="at"/>'s retrospective, for the scheduler; null when the member
    /// has proposed already (and it is not sent back) or is no longer on the team.
    /// </summary>
    public async Task<MessageReply?> PromptAsync(Member member, Team team, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(team);
        if (!member.Active)
        {
            return null;
        }

        var speaker = new Speaker(member, team, [member], at);
        var planned = PlanningQuarter.For(speaker);
        var context = await PlanningContext.LoadAsync(Store, team, member, planned, cancellationToken);
        if (context.Proposal is { Status: PlanStatus.Proposed or PlanStatus.Approved })
        {
            return null;
        }

        var culture = speaker.Culture;
        var from = context.From.ToString();
        var sections = new List<Section>
        {
            context.Outcomes.Count > 0
                ? Section.WithFacts(PlanningText.PromptResultsIn(culture, from), [.. context.Outcomes.Select(o => new Fact(o.KeyResult.Title, PlanningForm.Result(context, o, culture)))])
                : Section.Paragraph(PlanningText.PromptNoKeyResults(culture, from)),
        };
        sections.AddRange(PlanningForm.Lessons(context, context.Proposal, culture).Select(Section.Paragraph));
        return new MessageReply
        {
            Headline = PlanningText.PromptHeadline(culture, planned.ToString(), CheckInPrompt.FirstName(member)),
            Sections = sections,
            Context = [PlanningText.PromptHowTo(culture, planned.ToString())],
            Buttons =
            [
                new Button(PlanningText.OpenPlanButton(culture), ActionIds.OpenPlan, planned.Id, ButtonStyle.Primary),
                new Button(PlanningText.PlanByTextButton(culture), ActionIds.PlanByText, planned.Id),
            ],
        };
    }

    private async Task<IReadOnlyList<Reply>> OpenPlanAsync(Speaker speaker, Turn turn, Quarter planned, bool asText, CancellationToken cancellationToken)
    {
        if (PastQuarter(speaker, planned) is { } past)
        {
            return past;
        }

        var culture = speaker.Culture;
        var context = await PlanningContext.LoadAsync(Store, speaker.Team, speaker.Member, planned, cancellationToken);
        if (context.Proposal is { Status: PlanStatus.Approved } approved)
        {
            return Approved(speaker, context, approved);
        }

        var open = await Store.DialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        var openPlan = open is { IsTextDialog: true, TemplateId: PlanningForm.TemplateId } ? open : null;
        if (!asText)
        {
            if (openPlan is not null)
            {
                // The form takes over: answers half-typed in the dialog would otherwise wait to overwrite it.
                await Store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            }

            return [PlanningForm.Build(context, PlanFormKind.Proposal, context.Proposal, null, null, culture)];
        }

        if (openPlan is not null && openPlan.Quarter == planned)
        {
            return [new MessageReply { Headline = PlanningText.PickingUp(culture, planned.ToString()) }, PlanDialog.Ask(context, openPlan, culture)];
        }

        var start = PlanDialog.Start(context, turn.ConversationId, speaker.Now, culture);
        await Store.SaveDialogAsync(start.State!, cancellationToken);
        return start.Replies;
    }

    /// <summary>Saves the proposal whole and tells the team's managers; a proposal identical to the stored one is only confirmed.</summary>
    /// <param name="seenVersion">The proposal's version the form was written from; null for the text dialog, which reads the stored one.</param>
    private async Task<IReadOnlyList<Reply>> SaveAsync(Speaker speaker, PlanningContext context, IReadOnlyList<ProposedKeyResult> keyResults, ReplyPlacement placement, long? seenVersion, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        var stored = context.Proposal;
        if (stored is { Status: PlanStatus.Proposed } && stored.KeyResults.SequenceEqual(keyResults))
        {
            // The same submission again (a retry, a double click): it is what is stored, and the managers know.
            return [Confirmation(context, keyResults, PlanningText.AlreadyProposed(culture, Count(keyResults.Count, culture), context.Planned.ToString()), culture) with { Placement = placement }];
        }

        var proposal = new PlanProposal
        {
            WorkspaceId = speaker.Member.WorkspaceId,
            TeamId = speaker.Team.Id,
            MemberId = speaker.Member.Id,
            Quarter = context.Planned,
            Status = PlanStatus.Proposed,
            KeyResults = keyResults,
            ManagerComment = stored?.ManagerComment,
            DecidedByMemberId = stored?.DecidedByMemberId,
            ProposedAt = speaker.Now,
            UpdatedAt = speaker.Now,
        };
        // A form written before the manager edited or sent back the proposal would overwrite what its author never saw.
        var savedInBetween = seenVersion is { } seen && seen != PlanProposal.VersionOf(stored);
        if (savedInBetween || !await Store.SaveProposalAsync(proposal, stored?.UpdatedAt, cancellationToken))
        {
            var fresh = await PlanningContext.LoadAsync(Store, speaker.Team, speaker.Member, context.Planned, cancellationToken);
            IReadOnlyList<Reply> refusal = Replies.Say(PlanningText.SavedInBetween(culture, context.Planned.ToString()), PlanningText.SavedInBetweenHowTo(culture));
            return fresh.Proposal is { Status: PlanStatus.Approved } approved
                ? Approved(speaker, fresh, approved)
                : [.. refusal, PlanningForm.Build(fresh, PlanFormKind.Proposal, fresh.Proposal, null, null, culture)];
        }

        var headline = stored is null
            ? PlanningText.Proposed(culture, Count(keyResults.Count, culture), context.Planned.ToString())
            : PlanningText.ProposedAgain(culture, Count(keyResults.Count, culture), context.Planned.ToString());
        var replies = new List<Reply> { Confirmation(context, keyResults, headline, culture) with { Placement = placement } };
        foreach (var manager in speaker.TeamMembers.Where(m => m.IsManager && m.Active && m.Id != speaker.Member.Id))
        {
            var managerCulture = CultureInfo.GetCultureInfo(manager.Locale);
            replies.Add(new MessageReply
            {
                Headline = PlanningText.ManagerNotice(managerCulture, speaker.Member.Name, Count(keyResults.Count, managerCulture), context.Planned.ToString()),
                Context = [PlanningText.ManagerNoticeHowTo(managerCulture)],
                ToMemberId = manager.Id,
            });
        }

        return replies;
    }

    private static string Count(int count, CultureInfo culture) =>
        count == 1 ? PlanningText.KeyResultCountOne(culture) : PlanningText.KeyResultCount(culture, count);

    private static MessageReply Confirmation(PlanningContext context, IReadOnlyList<ProposedKeyResult> keyResults, string headline, CultureInfo culture) => new()
    {
        Headline = headline,
        Sections =
        [
            Section.WithFacts(null, [.. keyResults.Select(k => new Fact(k.Title, k.Unit is MilestoneUnit
                ? PlanningText.ProposedMilestoneFact(culture, k.Basis)
                : PlanningText.ProposedFact(culture, ValueFormatter.Format(k.Start, k.Unit, culture), ValueFormatter.Format(k.Target, k.Unit, culture), k.Basis)))]),
        ],
        Context = [PlanningText.ChangeUntilApproved(culture, context.Planned.ToString())],
    };

    private static IReadOnlyList<Reply> Approved(Speaker speaker, PlanningContext context, PlanProposal approved)
    {
        var culture = speaker.Culture;
        var day = DateText.Day(LocalDay.DateAt(approved.UpdatedAt, speaker.Zone), culture);
        var manager = context.DecidedByName ?? speaker.NameOf(approved.DecidedByMemberId);
        return Replies.Say(PlanningText.AlreadyApproved(culture, context.Planned.ToString(), day, manager), PlanningText.ApprovedSeeOkrs(culture, context.Planned.ToString()));
    }

    /// <summary>A refusal to plan a quarter that has begun before this one; null for this quarter or a later one.</summary>
    private static IReadOnlyList<Reply>? PastQuarter(Speaker speaker, Quarter planned) =>
        planned < speaker.Quarter
            ? Replies.Say(
                PlanningText.QuarterIsPast(speaker.Culture, planned.ToString(), speaker.Quarter.ToString()),
                PlanningText.PlanHowTo(speaker.Culture, PlanningQuarter.For(speaker).ToString()))
            : null;
}
