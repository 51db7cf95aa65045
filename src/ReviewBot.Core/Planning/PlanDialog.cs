using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Planning;

/// <summary>
/// The planning form as a conversation: each carried key result (keep it? start, target, why), each unfinished
/// milestone (carry it over?), then new key results until the member says done. Answers are kept under the form's
/// field ids, so the end reads them as the form would (<see cref="PlanningForm.Read"/>). Understands skip, back and
/// cancel (<see cref="AnswerWords"/>). Pure: (state, text) to (state', replies).
/// </summary>
internal static class PlanDialog
{
    private static readonly string[] KeepWords = ["keep", "carry", "continue", "继续", "保留", "延续", "要"];
    private static readonly string[] DropWords = ["drop", "leave", "no", "n", "不", "不要", "否", "放弃", "不再继续", "删除"];
    private static readonly string[] DoneWords = ["done", "no", "n", "finish", "finished", "that's all", "完成", "好了", "结束", "没有了", "就这些", "不用了"];
    private static readonly string[] NewObjectiveWords = ["new", "new objective", "新", "新目标", "新的"];
    private static readonly string[] SameWords = ["一样", "相同"];

    private enum StepKind
    {
        Keep,
        Start,
        Target,
        Basis,
        Another,
        Objective,
        ObjectiveTitle,
        Unit,
    }

    /// <summary>The state after the turn (null when it ended), what to say, and the finished answers when it did.</summary>
    /// <param name="Finished">The form's values when the member has answered everything: to read and save as a form's.</param>
    public sealed record Outcome(DialogState? State, IReadOnlyList<Reply> Replies, IReadOnlyDictionary<string, string>? Finished = null, bool Cancelled = false);

    private sealed record Step(StepKind Kind, PlanRow Row)
    {
        public string FieldId => Row.Id(Kind switch
        {
            StepKind.Keep => PlanFields.Keep,
            StepKind.Start => PlanFields.Start,
            StepKind.Target => PlanFields.Target,
            StepKind.Basis => PlanFields.Basis,
            StepKind.Objective => PlanFields.Objective,
            StepKind.ObjectiveTitle => PlanFields.ObjectiveTitle,
            StepKind.Unit => PlanFields.Unit,
            _ => PlanFields.Title,
        });
    }

    public static Outcome Start(PlanningContext context, string conversationId, DateTimeOffset now, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = new DialogState(context.Member.WorkspaceId, context.Member.Id, conversationId, PlanningForm.TemplateId, context.Planned, 0, 0, new Dictionary<string, string>(StringComparer.Ordinal), now);
        var intro = new MessageReply
        {
            Headline = PlanningText.DialogHeadline(culture, context.Planned.ToString()),
            Sections = [.. PlanningForm.Lessons(context, context.Proposal, culture).Select(Section.Paragraph)],
            Context = context.Proposal is null
                ? [PlanningText.DialogHowTo(culture)]
                : [PlanningText.DialogHowTo(culture), PlanningText.DialogReplacesProposal(culture, context.Planned.ToString())],
        };
        return new Outcome(state, [intro, Ask(context, state, culture)]);
    }

    /// <summary>The question the dialog waits on, asked again (after a restart, or when an answer was wrong).</summary>
    public static Reply Ask(PlanningContext context, DialogState state, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var steps = Steps(context, state.Answers);
        var step = steps[Math.Min(state.Step, steps.Count - 1)];
        return Question(context, step, Values(context, state.Answers, culture), culture);
    }

    public static Outcome Continue(PlanningContext context, DialogState state, string text, DateTimeOffset now, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        var answer = text.Trim();
        if (AnswerWords.IsCancel(answer))
        {
            return new Outcome(null, [new MessageReply { Headline = PlanningText.DialogCancelled(culture), Context = [PlanningText.DialogStartAgain(culture)] }], Cancelled: true);
        }

        var steps = Steps(context, state.Answers);
        var index = Math.Min(state.Step, steps.Count - 1);
        if (AnswerWords.IsBack(answer))
        {
            var back = state with { Step = Math.Max(0, index - 1), UpdatedAt = now };
            return new Outcome(back, [Ask(context, back, culture)]);
        }

        var step = steps[index];
        var values = Values(context, state.Answers, culture);
        var read = Read(context, step, answer, values, state.Answers, culture, out var error);
        if (read is null)
        {
            return new Outcome(state with { UpdatedAt = now }, [new MessageReply { Headline = error!, Context = [PlanningText.DialogWords(culture)] }, Question(context, step, values, culture)]);
        }

        var answers = new Dictionary<string, string>(state.Answers, StringComparer.Ordinal) { [step.FieldId] = read };
        if (step.Kind == StepKind.Another && read.Length == 0)
        {
            // Done: no more new key results, and nothing typed for later rows before going back counts.
            foreach (var id in answers.Keys.Where(k => PlanFields.NewRowsIn([k]).Any(n => n >= step.Row.NewRow) && k != step.FieldId).ToList())
            {
                answers.Remove(id);
            }
        }

        var next = state with { Step = index + 1, Answers = answers, UpdatedAt = now };
        var after = Steps(context, answers);
        if (next.Step >= after.Count)
        {
            return new Outcome(next, [], Finished: Values(context, answers, culture));
        }

        return new Outcome(next, [Question(context, after[next.Step], Values(context, answers, culture), culture)]);
    }

    /// <summary>The step that asks for <paramref name="fieldId"/>, to go back to when the end finds it wrong; 0 when none does.</summary>
    public static int StepOf(PlanningContext context, DialogState state, string fieldId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var steps = Steps(context, state.Answers);
        var found = steps.ToList().FindIndex(s => s.FieldId == fieldId);
        return found < 0 ? 0 : found;
    }

    /// <summary>The form's values: its defaults (carried key results as they ended) with the answers over them.</summary>
    public static Dictionary<string, string> Values(PlanningContext context, IReadOnlyDictionary<string, string> answers, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(answers);
        // The dialog plans from the quarter's results, not from a proposal before: what it asks is what is saved.
        var values = PlanningForm.Values(context, null, culture);
        foreach (var id in values.Keys.Where(k => PlanFields.NewRowsIn([k]).Any()).ToList())
        {
            values.Remove(id);
        }

        foreach (var (id, answer) in answers)
        {
            values[id] = answer;
        }

        return values;
    }

    private static List<Step> Steps(PlanningContext context, IReadOnlyDictionary<string, string> answers)
    {
        var steps = new List<Step>();
        foreach (var outcome in context.CarriedMetrics)
        {
            var row = new PlanRow(outcome, 0);
            steps.Add(new Step(StepKind.Keep, row));
            if (answers.GetValueOrDefault(row.Id(PlanFields.Keep)) != PlanFields.DropIt)
            {
                steps.AddRange([new Step(StepKind.Start, row), new Step(StepKind.Target, row), new Step(StepKind.Basis, row)]);
            }
        }

        foreach (var outcome in context.OpenMilestones)
        {
            var row = new PlanRow(outcome, 0);
            steps.Add(new Step(StepKind.Keep, row));
            if (answers.GetValueOrDefault(row.Id(PlanFields.Keep)) != PlanFields.DropIt)
            {
                steps.Add(new Step(StepKind.Basis, row));
            }
        }

        for (var n = 0; n < PlanFields.MaxNewRows; n++)
        {
            var row = new PlanRow(null, n);
            steps.Add(new Step(StepKind.Another, row));
            if (answers.GetValueOrDefault(row.Id(PlanFields.Title)) is not { Length: > 0 })
            {
                return steps;
            }

            steps.Add(new Step(StepKind.Objective, row));
            if (answers.GetValueOrDefault(row.Id(PlanFields.Objective)) == PlanFields.NewObjective)
            {
                steps.Add(new Step(StepKind.ObjectiveTitle, row));
            }

            steps.Add(new Step(StepKind.Unit, row));
            if (ProposalRules.ReadUnit(answers.GetValueOrDefault(row.Id(PlanFields.Unit)), CultureInfo.InvariantCulture, out _) is not MilestoneUnit)
            {
                steps.AddRange([new Step(StepKind.Start, row), new Step(StepKind.Target, row)]);
            }

            steps.Add(new Step(StepKind.Basis, row));
        }

        // As many new key results as the form reads: the dialog ends there as if "done" were typed.
        return steps;
    }

    /// <summary>The answer as the form's field would hold it, or null with <paramref name="error"/> saying what would work.</summary>
    private static string? Read(
        PlanningContext context,
        Step step,
        string answer,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, string> answers,
        CultureInfo culture,
        out string? error)
    {
        error = null;
        var row = step.Row;
        var skip = AnswerWords.IsSkip(answer);
        var title = values.GetValueOrDefault(row.Id(PlanFields.Title), "");
        KeyResultUnit? Unit() => ProposalRules.ReadUnit(values.GetValueOrDefault(row.Id(PlanFields.Unit)), culture, out _);
        switch (step.Kind)
        {
            case StepKind.Keep:
                if (skip || Is(answer, KeepWords) || AnswerWords.IsKeep(answer))
                {
                    return PlanFields.KeepIt;
                }

                if (Is(answer, DropWords))
                {
                    return PlanFields.DropIt;
                }

                error = row.Carried!.IsMilestone ? PlanningText.AnswerCarryOrLeave(culture, answer) : PlanningText.AnswerKeepOrDrop(culture, answer);
                return null;
            case StepKind.Start when row.Carried is not null && (skip || AnswerWords.IsSame(answer) || Is(answer, SameWords)):
                return values.GetValueOrDefault(row.Id(PlanFields.Start), "");
            case StepKind.Start or StepKind.Target:
                var unit = Unit() ?? KeyResultUnit.Count("?");
                if (skip)
                {
                    error = step.Kind == StepKind.Start ? PlanningText.StartNeeded(culture, title) : PlanningText.TargetNeeded(culture, title);
                    return null;
                }

                var value = ProposalRules.ReadValue(answer, unit, culture, title, out error);
                if (value is null)
                {
                    return null;
                }

                if (step.Kind == StepKind.Target
                    && ProposalRules.ReadValue(values.GetValueOrDefault(row.Id(PlanFields.Start)), unit, culture, title, out _) is { } start
                    && ProposalRules.MovesError(start, value.Value, unit, culture) is { } moves)
                {
                    error = moves;
                    return null;
                }

                return answer;
            case StepKind.Basis:
                if (skip || answer.Length == 0)
                {
                    error = PlanningText.BasisMissing(culture);
                    return null;
                }

                return answer;
            case StepKind.Another:
                if (skip || AnswerWords.IsNone(answer) || Is(answer, DoneWords))
                {
                    return "";
                }

                var others = Titles(context, answers, except: row);
                if (others.Any(t => ProposalRules.SameTitle(t, answer)))
                {
                    error = PlanningText.TitleTwice(culture, answer);
                    return null;
                }

                return answer;
            case StepKind.Objective:
                return ReadObjective(context, answer, skip, culture, out error);
            case StepKind.ObjectiveTitle:
                if (skip || answer.Length == 0)
                {
                    error = PlanningText.ObjectiveTitleMissing(culture);
                    return null;
                }

                return answer;
            default:
                return ProposalRules.ReadUnit(answer, culture, out error) is null ? null : answer;
        }
    }

    private static string? ReadObjective(PlanningContext context, string answer, bool skip, CultureInfo culture, out string? error)
    {
        error = null;
        var objectives = context.TeamObjectives;
        if (skip)
        {
            return objectives.Count > 0 ? objectives[0].Key : PlanFields.NewObjective;
        }

        if (int.TryParse(answer.TrimEnd('.', '。'), NumberStyles.None, culture, out var number) && number >= 1 && number <= objectives.Count + 1)
        {
            return number <= objectives.Count ? objectives[number - 1].Key : PlanFields.NewObjective;
        }

        if (Is(answer, NewObjectiveWords))
        {
            return PlanFields.NewObjective;
        }

        if (objectives.FirstOrDefault(o => o.Key == answer || ProposalRules.SameTitle(o.Title, answer)) is { } named)
        {
            return named.Key;
        }

        error = PlanningText.ObjectiveAnswerUnread(culture, answer, objectives.Count + 1);
        return null;
    }

    /// <summary>The titles of the key results planned so far, but for <paramref name="except"/>'s row.</summary>
    private static List<string> Titles(PlanningContext context, IReadOnlyDictionary<string, string> answers, PlanRow except)
    {
        var titles = context.CarriedRows
            .Where(o => answers.GetValueOrDefault(PlanFields.Carried(o.KeyResult.Id, PlanFields.Keep)) != PlanFields.DropIt)
            .Select(o => o.KeyResult.Title)
            .ToList();
        titles.AddRange(PlanFields.NewRowsIn(answers.Keys)
            .Where(n => n != except.NewRow || except.Carried is not null)
            .Select(n => answers.GetValueOrDefault(PlanFields.New(n, PlanFields.Title), ""))
            .Where(t => t.Length > 0));
        return titles;
    }

    private static MessageReply Question(PlanningContext context, Step step, IReadOnlyDictionary<string, string> values, CultureInfo culture)
    {
        var row = step.Row;
        var planned = context.Planned.ToString();
        var from = context.From.ToString();
        var title = values.GetValueOrDefault(row.Id(PlanFields.Title), "");
        var unit = ProposalRules.ReadUnit(values.GetValueOrDefault(row.Id(PlanFields.Unit)), culture, out _);
        string Formatted(string id) =>
            unit is not null && ProposalRules.ReadValue(values.GetValueOrDefault(id), unit, culture, title, out _) is { } value ? ValueFormatter.Format(value, unit, culture) : "";
        return step.Kind switch
        {
            StepKind.Keep when row.Carried!.IsMilestone => Prompt(
                PlanningText.AskCarryMilestone(culture, title, planned),
                PlanningForm.ResultAndCause(context, row.Carried, culture),
                PlanningText.AnswerCarryOrLeaveHint(culture)),
            StepKind.Keep => Prompt(
                PlanningText.AskKeep(culture, title, planned),
                PlanningForm.ResultAndCause(context, row.Carried!, culture),
                PlanningText.AnswerKeepOrDropHint(culture)),
            StepKind.Start when row.Carried is not null => Prompt(
                PlanningText.AskStart(culture, title, planned),
                PlanningText.AskStartCarried(culture, from, Formatted(row.Id(PlanFields.Start))),
                null),
            StepKind.Start => Prompt(PlanningText.AskStart(culture, title, planned), PlanningText.AskValueIn(culture, UnitDescription(unit, culture)), null),
            StepKind.Target when row.Carried is not null => Prompt(
                PlanningText.AskTarget(culture, title, planned),
                PlanningText.TargetHint(culture, from, ValueFormatter.Format(row.Carried.KeyResult.Target, row.Carried.KeyResult.Unit, culture)),
                null),
            StepKind.Target => Prompt(PlanningText.AskTarget(culture, title, planned), PlanningText.AskValueIn(culture, UnitDescription(unit, culture)), null),
            StepKind.Basis => Prompt(PlanningText.AskBasis(culture, title), PlanningText.BasisHint(culture), null),
            StepKind.Another => Prompt(
                row.NewRow == 0 ? PlanningText.AskNewKeyResult(culture, planned) : PlanningText.AskAnotherKeyResult(culture, planned),
                null,
                PlanningText.AskNewKeyResultHint(culture)),
            StepKind.Objective => Prompt(
                PlanningText.AskObjective(culture, title),
                string.Join("\n", context.TeamObjectives.Select((o, i) => $"{(i + 1).ToString(culture)}. {o.Title}")
                    .Append($"{(context.TeamObjectives.Count + 1).ToString(culture)}. {PlanningText.NewObjectiveInChat(culture)}")),
                PlanningText.AskObjectiveHint(culture)),
            StepKind.ObjectiveTitle => Prompt(PlanningText.AskObjectiveTitle(culture), null, PlanningText.ObjectiveTitleExample(culture)),
            _ => Prompt(PlanningText.AskUnit(culture, title), null, PlanningText.UnitHint(culture)),
        };
    }

    private static string UnitDescription(KeyResultUnit? unit, CultureInfo culture) =>
        unit is null ? "" : UnitWords.Describe(unit, culture);

    private static MessageReply Prompt(string headline, string? text, string? hint) => new()
    {
        Headline = headline,
        Sections = text is { Length: > 0 } ? [Section.Paragraph(text)] : [],
        Context = hint is null ? [] : [hint],
    };

    private static bool Is(string text, string[] words) =>
        words.Contains(text.Trim().TrimEnd('.', '!', '。', '！').Trim(), StringComparer.OrdinalIgnoreCase);
}
