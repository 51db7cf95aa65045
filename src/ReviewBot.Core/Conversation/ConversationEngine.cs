using ReviewBot.Core.Commands;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;

namespace ReviewBot.Core.Conversation;

/// <summary>
/// The channel-neutral bot: a <see cref="Turn"/> goes in, <see cref="Reply"/>s come out. Works out who is
/// speaking from the team's member list, and decides there, not in the adapters, what they may do.
/// </summary>
public sealed class ConversationEngine
{
    private readonly IReviewStore _store;
    private readonly TimeProvider _time;
    private readonly CheckInCommands _checkIns;
    private readonly StreamReviewCommands _streamReviews;
    private readonly ReviewCommands _reviews;
    private readonly OkrCommands _okrs;
    private readonly LeaveCommands _leave;
    private readonly ReviewSharing _sharing;
    private readonly StreamCommands _streams;
    private readonly Reviews.Streams.StreamTrendCommand _streamTrend;
    private readonly PlanningCommands _planning;
    private readonly PlanReviewCommands _plans;
    private readonly PlanExportCommand _planExport;
    private readonly LessonsCommand _lessons;

    /// <param name="reports">Shares reviews as report pages; without it a review is its text alone.</param>
    /// <param name="documents">Writes charts and exports; without it nothing is attached and exports are refused.</param>
    /// <param name="remind">How often <c>review remind</c> may nudge one member; the defaults when null.</param>
    public ConversationEngine(IReviewStore store, TimeProvider time, IReviewReports? reports = null, IReviewDocuments? documents = null, RemindRules? remind = null)
    {
        _store = store;
        _time = time;
        _sharing = new ReviewSharing(reports, documents);
        _checkIns = new CheckInCommands(store);
        _streamReviews = new StreamReviewCommands(store);
        _reviews = new ReviewCommands(store, _sharing, remind ?? new RemindRules());
        _okrs = new OkrCommands(store);
        _leave = new LeaveCommands(store);
        _streams = new StreamCommands(store);
        _streamTrend = new Reviews.Streams.StreamTrendCommand(store, _sharing);
        _planning = new PlanningCommands(store);
        _plans = new PlanReviewCommands(store);
        _planExport = new PlanExportCommand(store);
        _lessons = new LessonsCommand(store);
    }

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var memberships = await MembershipsAsync(turn, cancellationToken);
        if (memberships.Count == 0)
        {
            var stranger = StrangerCulture(turn);
            return Replies.Say(ConversationText.StrangerNotKnown(stranger), ConversationText.StrangerAskYourManager(stranger));
        }

        var speaker = memberships[0];
        if (turn.Input is FormSubmission { FormId: var formId } && Dialogs.FormIds.OwnerOf(formId) is { } owner)
        {
            // The form names whose it is: that membership answers it, and nobody answers someone else's.
            if (memberships.FirstOrDefault(m => m.Member.Id == owner) is not { } author)
            {
                return Replies.Say(ConversationText.FormBelongsToSomeoneElse(speaker.Culture), ConversationText.TypeCheckInForYourOwn(speaker.Culture));
            }

            speaker = author;
        }
        else if (memberships.Count > 1 && PlanSubject(turn.Input) is { } subject)
        {
            // A manager's planning form or button names whose proposal (or, for the target, which manager) it is
            // about: the membership on that person's team acts, so a manager of two teams acts on the right one.
            speaker = memberships.FirstOrDefault(m => m.Member.Id == subject)
                ?? memberships.FirstOrDefault(m => m.TeamMembers.Any(t => t.Id == subject))
                ?? speaker;
        }
        else if (turn.Input is TextInput && memberships.Count > 1)
        {
            // An open text dialog may belong to any of the person's teams.
            foreach (var membership in memberships)
            {
                if (await _store.DialogAsync(membership.Member.WorkspaceId, membership.Member.Id, cancellationToken) is { IsTextDialog: true })
                {
                    speaker = membership;
                    break;
                }
            }
        }

        return turn.Input switch
        {
            CommandInput command => await CommandAsync(speaker, memberships, turn, command.Text, cancellationToken),
            TextInput text => await TextAsync(speaker, memberships, turn, text.Text, cancellationToken),
            FormSubmission form when form.FormId.StartsWith(OkrCommands.ObjectiveFormPrefix, StringComparison.Ordinal)
                || form.FormId.StartsWith(OkrCommands.KeyResultFormPrefix, StringComparison.Ordinal) => await _okrs.SubmitAsync(speaker, form, cancellationToken),
            FormSubmission form when Dialogs.FormIds.TryReadPlan(form.FormId, out var planForm, out _, out _) => planForm == Dialogs.PlanFormKind.Proposal
                ? await _planning.SubmitAsync(speaker, turn, form, cancellationToken)
                : await _plans.SubmitAsync(speaker, form, cancellationToken),
            FormSubmission form when Dialogs.FormIds.TryReadStreamReview(form.FormId, out _, out _, out _) => await _streamReviews.SubmitAsync(speaker, turn, form, cancellationToken),
            FormSubmission form => await _checkIns.SubmitAsync(speaker, turn, form, cancellationToken),
            ButtonPress press => await PressAsync(speaker, memberships, turn, press, cancellationToken),
            _ => Replies.Say(ConversationText.CannotHandleThatMessage(speaker.Culture)),
        };
    }

    /// <summary>The weekly check-in prompt for a member, or null when they own no key results this quarter.</summary>
    public async Task<MessageReply?> CheckInPromptAsync(Member member, CancellationToken cancellationToken) =>
        await CheckInPromptAsync(member, await TeamOfAsync(member, cancellationToken), _time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// The prompt as of <paramref name="at"/> (the scheduler writes it for the instant it planned at, an operator's
    /// <c>run --now</c>), for a member of <paramref name="team"/>, which the scheduler has read already.
    /// </summary>
    public async Task<MessageReply?> CheckInPromptAsync(Member member, Team team, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var speaker = MemberSpeaker(member, team, at);
        var data = await Reviews.QuarterData.LoadMemberPartAsync(_store, team, member, speaker.Quarter, cancellationToken);
        return OwnsKeyResults(data, member) ? Reviews.CheckInPrompt.Build(data, member, speaker.Week, speaker.Culture) : null;
    }

    /// <summary>
    /// The reminder for a member who has not checked in this week; null when they have, or own no key results.
    /// It reads as a whole prompt, because the host may put it in place of the prompt it follows.
    /// </summary>
    public async Task<MessageReply?> ReminderAsync(Member member, CancellationToken cancellationToken) =>
        await ReminderAsync(member, await TeamOfAsync(member, cancellationToken), _time.GetUtcNow(), cancellationToken);

    public async Task<MessageReply?> ReminderAsync(Member member, Team team, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var speaker = MemberSpeaker(member, team, at);
        var week = speaker.Week;
        var data = await Reviews.QuarterData.LoadMemberPartAsync(_store, team, member, week.Quarter, cancellationToken);
        // Who the team's week counts as not checked in (Reviews.WeekStatusReport.NotCheckedIn), asked of this member alone.
        var owes = data.Members.Count > 0 && OwnsKeyResults(data, member)
            && !await _store.CheckedInAsync(team.WorkspaceId, team.Id, member.Id, week.Quarter, week.Number, cancellationToken);
        return owes ? Reviews.CheckInPrompt.Reminder(data, member, week, speaker.Culture) : null;
    }

    /// <summary>The last week's prompt for the quarter retrospective; null when the member owns no key results.</summary>
    public async Task<MessageReply?> RetrospectivePromptAsync(Member member, CancellationToken cancellationToken) =>
        await RetrospectivePromptAsync(member, await TeamOfAsync(member, cancellationToken), _time.GetUtcNow(), cancellationToken);

    public async Task<MessageReply?> RetrospectivePromptAsync(Member member, Team team, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var speaker = MemberSpeaker(member, team, at);
        // Sent in the quarter's last week; after a host outage it may go out in the next quarter's first
        // weeks, and is then still about the quarter that ended, as pressing its button is.
        var quarter = CheckInCommands.RetrospectiveWeek(speaker)?.Quarter ?? speaker.Quarter;
        var data = await Reviews.QuarterData.LoadMemberPartAsync(_store, team, member, quarter, cancellationToken);
        return OwnsKeyResults(data, member)
            ? Reviews.RetrospectivePrompt.Build(data, member, CheckInCommands.RetrospectiveOpenUntil(team.Calendar, quarter), speaker.Culture)
            : null;
    }

    /// <summary>The quarter review as posted by itself to the team's summary channels.</summary>
    public Task<MessageReply> QuarterReviewPostAsync(Team team, Quarter quarter, CancellationToken cancellationToken) =>
        QuarterReviewPostAsync(team, quarter, _time.GetUtcNow(), cancellationToken);

    public async Task<MessageReply> QuarterReviewPostAsync(Team team, Quarter quarter, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var (data, previous) = await Reviews.QuarterData.LoadForReviewAsync(_store, team, quarter, cancellationToken);
        var review = Reviews.Model.QuarterReview.Build(data, person: null, at, previous);
        return await _sharing.ReviewAsync(review, Reviews.ChannelCulture.For(team), toChannel: true, cancellationToken) with { Audience = ReplyAudience.Channel };
    }

    /// <summary>The optional weekly digest posted to the team's summary channels.</summary>
    public async Task<MessageReply> WeeklyDigestAsync(Team team, Quarter quarter, int weekNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var members = await _store.MembersAsync(team.WorkspaceId, team.Id, cancellationToken);
        var data = await Reviews.QuarterData.LoadAsync(_store, team, members, quarter, cancellationToken);
        var leaves = await _store.LeavesAsync(team.WorkspaceId, team.Id, cancellationToken);
        return Reviews.WeeklyDigest.Build(data, team.Calendar.Week(quarter, weekNumber), Reviews.ChannelCulture.For(team), leaves);
    }

    /// <summary>
    /// The prompt to review <paramref name="stream"/>, for one of its host and crew, as of <paramref name="at"/>;
    /// null when they are no longer on the team or have answered already.
    /// </summary>
    public Task<MessageReply?> StreamReviewPromptAsync(Member member, Team team, Streams.LiveStream stream, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.WorkspaceId != team.WorkspaceId || stream.TeamId != team.Id)
        {
            throw new ArgumentException($"Stream {stream.Id} is not on team {team.Id}.", nameof(stream));
        }

        return _streamReviews.PromptAsync(member, stream, at, cancellationToken);
    }

    /// <summary>The stream's review as posted to the team's summary channels: numbers, ratings, comments by part, actions, and who is missing.</summary>
    /// <remarks><paramref name="at"/> is when the post goes; the review reads only the stream's answers, so it does not depend on it.</remarks>
    public async Task<MessageReply> StreamReviewPostAsync(Team team, Streams.LiveStream stream, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var review = await Reviews.Streams.StreamReview.LoadAsync(_store, team, stream, cancellationToken);
        return Reviews.Streams.StreamReviewPost.Build(review, Reviews.ChannelCulture.For(team)) with { Audience = ReplyAudience.Channel };
    }

    /// <summary>
    /// The prompt to plan next quarter, for a member, as of <paramref name="at"/>: sent by the scheduler once their
    /// retrospective is in (or in the quarter's last week, as the team is set); null when there is nothing to ask.
    /// </summary>
    public Task<MessageReply?> PlanningPromptAsync(Member member, Team team, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(team);
        if (member.WorkspaceId != team.WorkspaceId || member.TeamId != team.Id)
        {
            throw new ArgumentException($"Member {member.Id} is not on team {team.Id}.", nameof(team));
        }

        return _planning.PromptAsync(member, team, at, cancellationToken);
    }

    private static bool OwnsKeyResults(Reviews.QuarterData data, Member member) =>
        data.Objectives.SelectMany(o => o.KeyResults).Any(k => k.OwnerMemberId == member.Id);

    private async Task<Team> TeamOfAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return await _store.FindTeamAsync(member.WorkspaceId, member.TeamId, cancellationToken)
            ?? throw new InvalidOperationException($"Member {member.Id}'s team {member.TeamId} is not in workspace {member.WorkspaceId}.");
    }

    /// <summary>
    /// The member at <paramref name="at"/>, for a message written to them alone: their week and quarter in their own
    /// time zone, and only themself as the team's members, because such a message reads nobody else's (a team of
    /// ten thousand is not read ten thousand times over in a fan-out).
    /// </summary>
    private static Speaker MemberSpeaker(Member member, Team team, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(team);
        if (member.WorkspaceId != team.WorkspaceId || member.TeamId != team.Id)
        {
            throw new ArgumentException($"Member {member.Id} is not on team {team.Id}.", nameof(team));
        }

        return new Speaker(member, team, [member], at);
    }

    private async Task<IReadOnlyList<Reply>> CommandAsync(Speaker speaker, IReadOnlyList<Speaker> memberships, Turn turn, string text, CancellationToken cancellationToken)
    {
        var command = CommandLine.Parse(text);
        var args = command.Arguments.ToList();

        // A team's key among the words picks that team, for people on several teams.
        var teamArg = args.FirstOrDefault(a => memberships.Any(m => string.Equals(m.Team.Key, a, StringComparison.OrdinalIgnoreCase)));
        if (teamArg is not null)
        {
            speaker = memberships.First(m => string.Equals(m.Team.Key, teamArg, StringComparison.OrdinalIgnoreCase));
            args.Remove(teamArg);
        }
        else if (command.Verb is "week" or "remind" or "okrs" && args.Count == 1 && !Periods.Quarter.TryParse(args[0], out _))
        {
            var teams = await _store.ListTeamsAsync(turn.WorkspaceId, cancellationToken);
            if (teams.Any(t => string.Equals(t.Key, args[0], StringComparison.OrdinalIgnoreCase)))
            {
                return Replies.Say(ConversationText.NotOnThatTeam(speaker.Culture, args[0]));
            }
        }

        return command.Verb switch
        {
            "help" => HelpCommand.Run(speaker),
            "checkin" => await CheckInAsync(speaker, turn, args, retrospective: false, cancellationToken),
            "retro" => await CheckInAsync(speaker, turn, args, retrospective: true, cancellationToken),
            "me" => await _reviews.MeAsync(speaker, cancellationToken),
            "week" => await _reviews.WeekAsync(speaker, args, cancellationToken),
            "quarter" => await _reviews.QuarterAsync(speaker, args, cancellationToken),
            "remind" => await _reviews.RemindAsync(speaker, args, cancellationToken),
            "okrs" => await _okrs.ListAsync(speaker, args, cancellationToken),
            "leave" => await _leave.RunAsync(speaker, memberships, args, cancellationToken),
            "stream" => await _streams.RunAsync(speaker, args, cancellationToken),
            "streams" => await _streamTrend.RunAsync(speaker, args, cancellationToken),
            "plan" => await PlanAsync(speaker, turn, args, cancellationToken),
            "lessons" => await _lessons.RunAsync(speaker, args, cancellationToken),
            _ => Replies.Say(
                ConversationText.UnknownCommand(
                    speaker.Culture,
                    CommandLine.Spoken(command.Verb, speaker.Culture),
                    CommandLine.Spoken(CommandLine.Closest(command.Verb, speaker.IsManager), speaker.Culture)),
                CommandText.TypeHelpToSeeWhatYouCanDo(speaker.Culture)),
        };
    }

    private async Task<IReadOnlyList<Reply>> CheckInAsync(Speaker speaker, Turn turn, List<string> args, bool retrospective, CancellationToken cancellationToken)
    {
        var asText = args.RemoveAll(ArgumentWords.IsText) > 0;
        retrospective |= args.RemoveAll(ArgumentWords.IsRetro) > 0;
        if (args.Count > 0)
        {
            return Replies.Say(ConversationText.CheckInArgumentsUnread(speaker.Culture, string.Join(' ', args)), ConversationText.CheckInArgumentsHowTo(speaker.Culture));
        }

        return await _checkIns.OpenAsync(speaker, turn, asText, retrospective, cancellationToken);
    }

    /// <summary>
    /// <c>review plan</c>: the export, a member's own planning, or (for a manager, unless they plan their own with
    /// <c>mine</c> or by <c>text</c>) the team's proposals.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> PlanAsync(Speaker speaker, Turn turn, List<string> args, CancellationToken cancellationToken)
    {
        if (args.Count > 0 && ArgumentWords.IsExport(args[0]))
        {
            return await _planExport.RunAsync(speaker, args[1..], cancellationToken);
        }

        return speaker.IsManager && !args.Any(a => ArgumentWords.IsMine(a) || ArgumentWords.IsText(a))
            ? await _plans.RunAsync(speaker, args, cancellationToken)
            : await _planning.OpenAsync(speaker, turn, args, cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> TextAsync(Speaker speaker, IReadOnlyList<Speaker> memberships, Turn turn, string text, CancellationToken cancellationToken)
    {
        if (CommandLine.LooksLikeCommand(text))
        {
            return await CommandAsync(speaker, memberships, turn, text, cancellationToken);
        }

        // The open dialog is a stream review's, a plan's or a check-in's; each answers only its own kind.
        return await _streamReviews.ContinueAsync(speaker, turn, text, cancellationToken)
            ?? await _planning.ContinueAsync(speaker, turn, text, cancellationToken)
            ?? await _checkIns.ContinueAsync(speaker, turn, text, cancellationToken)
            ?? Replies.Say(ConversationText.AnswersCommandsOnly(speaker.Culture), ConversationText.CheckInHereByText(speaker.Culture));
    }

    private async Task<IReadOnlyList<Reply>> PressAsync(Speaker speaker, IReadOnlyList<Speaker> memberships, Turn turn, ButtonPress press, CancellationToken cancellationToken) => press.ActionId switch
    {
        ActionIds.OpenStreamReview or ActionIds.StreamReviewByText => await _streamReviews.PressAsync(memberships, turn, press, cancellationToken),
        ActionIds.OpenCheckIn => await _checkIns.OpenAsync(speaker, turn, asText: false, retrospective: false, cancellationToken),
        ActionIds.CheckInByText => await _checkIns.OpenAsync(speaker, turn, asText: true, retrospective: false, cancellationToken),
        ActionIds.OpenRetrospective => await _checkIns.OpenAsync(speaker, turn, asText: false, retrospective: true, cancellationToken),
        ActionIds.RetrospectiveByText => await _checkIns.OpenAsync(speaker, turn, asText: true, retrospective: true, cancellationToken),
        ActionIds.OpenPlan or ActionIds.PlanByText => await _planning.PressAsync(speaker, turn, press, cancellationToken),
        ActionIds.EditPlan or ActionIds.SendPlanBack or ActionIds.ApprovePlan or ActionIds.SetPlanTarget => await _plans.PressAsync(speaker, press, cancellationToken),
        ActionIds.AddObjective or ActionIds.EditObjective or ActionIds.AddKeyResult or ActionIds.EditKeyResult => await _okrs.PressAsync(speaker, press, cancellationToken),
        _ => Replies.Say(ConversationText.ButtonDoesNothing(speaker.Culture), CommandText.TypeHelpToSeeWhatYouCanDo(speaker.Culture)),
    };

    /// <summary>The member a manager's planning form or button is about; null for every other input.</summary>
    private static string? PlanSubject(TurnInput input) => input switch
    {
        FormSubmission form when Dialogs.FormIds.TryReadPlan(form.FormId, out var kind, out _, out var memberId) && kind != Dialogs.PlanFormKind.Proposal => memberId,
        ButtonPress { ActionId: ActionIds.EditPlan or ActionIds.SendPlanBack or ActionIds.ApprovePlan or ActionIds.SetPlanTarget } press
            when Planning.PlanReviewView.TryReadButtonValue(press.Value, out var memberId, out _) => memberId,
        _ => null,
    };

    /// <summary>
    /// The language for someone the workspace does not know: no member record holds their locale, so what they
    /// typed decides it; a command or message with Chinese in it is answered in Chinese, anything else in English.
    /// </summary>
    private static System.Globalization.CultureInfo StrangerCulture(Turn turn)
    {
        var typed = turn.Input switch
        {
            CommandInput command => command.Text,
            TextInput text => text.Text,
            _ => "",
        };
        return System.Globalization.CultureInfo.GetCultureInfo(typed.Any(CommandLine.IsChinese) ? "zh-CN" : "en-US");
    }

    /// <summary>The speaker on each team they belong to in the workspace, managers' teams first.</summary>
    private async Task<IReadOnlyList<Speaker>> MembershipsAsync(Turn turn, CancellationToken cancellationToken)
    {
        var members = await _store.MembersByChatIdentityAsync(turn.WorkspaceId, turn.Platform, turn.UserId, cancellationToken);
        if (members.Count == 0)
        {
            return [];
        }

        var teams = await _store.ListTeamsAsync(turn.WorkspaceId, cancellationToken);
        var now = _time.GetUtcNow();
        var speakers = new List<Speaker>();
        foreach (var member in members.OrderByDescending(m => m.Role == MemberRole.Manager))
        {
            if (teams.FirstOrDefault(t => t.Id == member.TeamId) is { } team)
            {
                speakers.Add(new Speaker(member, team, await _store.MembersAsync(turn.WorkspaceId, team.Id, cancellationToken), now));
            }
        }

        return speakers;
    }
}
