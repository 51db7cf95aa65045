using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Planning;

/// <summary>
/// The proposal form: one group of fields per key result proposed (objective, title, unit, start, target, basis), this
/// quarter's key results carried over first, starting where they ended, unfinished milestones offered to carry over,
/// then empty rows for new ones; this quarter's result, cause and lessons beside. The member's own and a manager's edit
/// (<see cref="PlanFormKind.ManagerEdit"/>) are the same form under another id.
/// </summary>
internal static class PlanningForm
{
    /// <summary>The <see cref="DialogState.TemplateId"/> of a planning text dialog.</summary>
    public const string TemplateId = "quarter-plan";

    /// <summary>How many empty rows a form offers for new key results.</summary>
    public const int EmptyRows = 2;

    /// <summary>The longest title of a key result or objective: a name to read in a list, not a paragraph.</summary>
    public const int MaxTitleLength = 200;

    /// <param name="proposal">What was proposed before (to change it), or null for a first proposal.</param>
    /// <param name="submitted">The values as submitted, shown again beside <paramref name="errors"/>; null for a fresh form.</param>
    public static FormReply Build(
        PlanningContext context,
        PlanFormKind kind,
        PlanProposal? proposal,
        IReadOnlyDictionary<string, string>? submitted,
        IReadOnlyDictionary<string, string>? errors,
        CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(culture);
        var initial = Values(context, proposal, culture);
        var newRows = Math.Max(
            initial.Keys.Count(k => k.EndsWith("." + PlanFields.Title, StringComparison.Ordinal) && k.StartsWith("plan.new.", StringComparison.Ordinal)),
            submitted is null ? 0 : PlanFields.NewRowsIn(submitted.Keys).DefaultIfEmpty(-1).Max() + 1);
        string ValueOf(string id) =>
            submitted is null ? initial.GetValueOrDefault(id, "")
            : submitted.TryGetValue(id, out var typed) ? typed
            // A choice left alone comes back as it was; an emptied text field is not sent at all.
            : id.EndsWith("." + PlanFields.Keep, StringComparison.Ordinal) || id.EndsWith("." + PlanFields.Objective, StringComparison.Ordinal) ? initial.GetValueOrDefault(id, "")
            : "";
        string? ErrorOf(string id) => errors?.GetValueOrDefault(id);

        var fields = new List<FormField>();
        foreach (var row in Rows(context, newRows))
        {
            fields.AddRange(RowFields(context, row, ValueOf, ErrorOf, culture));
        }

        var memberName = context.Member.Name;
        return new FormReply
        {
            // The version the form was written from: sent after someone else saved, it is refused rather than overwriting.
            // A first proposal has none to name; only its author can write it.
            FormId = FormIds.Plan(kind, context.Planned, context.Member.Id, (kind == PlanFormKind.ManagerEdit ? proposal ?? context.Proposal : context.Proposal)?.Version),
            Title = kind == PlanFormKind.ManagerEdit
                ? PlanningText.ManagerEditTitle(culture, memberName, context.Planned.ToString())
                : PlanningText.FormTitle(culture, context.Planned.ToString()),
            Intro = Intro(context, kind, proposal, culture),
            Fields = fields,
            SubmitLabel = kind == PlanFormKind.ManagerEdit ? PlanningText.SaveChanges(culture) : PlanningText.Propose(culture),
            Error = ErrorOf(""),
        };
    }

    /// <summary>Reads and checks a submitted form with the import's rules; nothing is saved here.</summary>
    public static PlanFormReading Read(PlanningContext context, FormSubmission form, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(culture);
        var values = form.Values;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var proposed = new List<ProposedKeyResult>();
        // Keys already used under each objective: the team's key results of the quarter (a carried one keeps its key).
        var taken = context.TeamObjectives.ToDictionary(o => o.Key, o => o.KeyResults.Select(k => k.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var newObjectives = new List<(string Key, string Title)>();
        var newRows = PlanFields.NewRowsIn(values.Keys).DefaultIfEmpty(-1).Max() + 1;
        foreach (var row in Rows(context, newRows))
        {
            string V(string part) => (values.GetValueOrDefault(row.Id(part)) ?? "").Trim();
            void Error(string part, string message) => errors.TryAdd(row.Id(part), message);

            if (row.Carried is not null)
            {
                var keep = V(PlanFields.Keep);
                if (keep == PlanFields.DropIt)
                {
                    continue;
                }

                if (keep.Length > 0 && keep != PlanFields.KeepIt)
                {
                    Error(PlanFields.Keep, PlanningText.KeepUnknown(culture, keep));
                    continue;
                }
            }
            else if (new[] { PlanFields.Title, PlanFields.Start, PlanFields.Target, PlanFields.Basis, PlanFields.ObjectiveTitle }.All(p => V(p).Length == 0))
            {
                // An empty row for a new key result is one the member did not need.
                continue;
            }

            var (objectiveKey, objectiveTitle) = ReadObjective(context, row, V(PlanFields.Objective), V(PlanFields.ObjectiveTitle), newObjectives, culture, Error);
            var title = V(PlanFields.Title);
            if (title.Length == 0)
            {
                Error(PlanFields.Title, PlanningText.TitleMissing(culture));
            }
            else if (title.Length > MaxTitleLength)
            {
                Error(PlanFields.Title, DialogText.TextTooLong(culture, MaxTitleLength, title.Length));
            }
            else if (proposed.Any(p => ProposalRules.SameTitle(p.Title, title)))
            {
                Error(PlanFields.Title, PlanningText.TitleTwice(culture, title));
            }

            var unit = ProposalRules.ReadUnit(V(PlanFields.Unit), culture, out var unitError);
            if (unitError is not null)
            {
                Error(PlanFields.Unit, unitError);
            }

            decimal start = MilestoneUnit.NotDone, target = MilestoneUnit.Done;
            if (unit is MilestoneUnit)
            {
                if (ProposalRules.MilestoneValueError(V(PlanFields.Start), isTarget: false, culture) is { } startError)
                {
                    Error(PlanFields.Start, startError);
                }

                if (ProposalRules.MilestoneValueError(V(PlanFields.Target), isTarget: true, culture) is { } targetError)
                {
                    Error(PlanFields.Target, targetError);
                }
            }
            else if (unit is not null)
            {
                var readStart = ProposalRules.ReadValue(V(PlanFields.Start), unit, culture, title, out var startError);
                var readTarget = ProposalRules.ReadValue(V(PlanFields.Target), unit, culture, title, out var targetError);
                if (startError is not null)
                {
                    Error(PlanFields.Start, startError);
                }

                if (targetError is not null)
                {
                    Error(PlanFields.Target, targetError);
                }

                if (readStart is { } s && readTarget is { } t && ProposalRules.MovesError(s, t, unit, culture) is { } moves)
                {
                    Error(PlanFields.Target, moves);
                }

                (start, target) = (readStart ?? 0m, readTarget ?? 0m);
            }

            var basis = V(PlanFields.Basis);
            if (basis.Length == 0)
            {
                Error(PlanFields.Basis, PlanningText.BasisMissing(culture));
            }
            else if (basis.Length > TemplateForm.MaxTextLength)
            {
                Error(PlanFields.Basis, DialogText.TextTooLong(culture, TemplateForm.MaxTextLength, basis.Length));
            }

            if (objectiveKey is null || unit is null || title.Length == 0)
            {
                continue;
            }

            var keys = taken.TryGetValue(objectiveKey, out var set) ? set : taken[objectiveKey] = new HashSet<string>(StringComparer.Ordinal);
            var key = row.Carried?.KeyResult.Key ?? ProposalRules.KeyFor(title, keys, "kr");
            keys.Add(key);
            proposed.Add(new ProposedKeyResult
            {
                Key = key,
                ObjectiveKey = objectiveKey,
                ObjectiveTitle = objectiveTitle!,
                Title = title,
                Unit = unit,
                Start = start,
                Target = target,
                Basis = basis,
                Market = row.Carried?.KeyResult.Market,
                CarriedFromKeyResultId = row.Carried?.KeyResult.Id,
                // The streams feed a number in the carried key result's unit; in another unit it is checked in.
                Feed = row.Carried?.KeyResult is { Feed: { } feed } carried && carried.Unit == unit ? feed : null,
                Position = proposed.Count,
            });
        }

        if (errors.Count == 0 && proposed.Count == 0)
        {
            errors[""] = PlanningText.NothingProposed(culture);
        }

        return new PlanFormReading(errors.Count == 0 ? proposed : null, errors);
    }

    /// <summary>
    /// Every field's value in a form not yet submitted: <paramref name="proposal"/>'s when there is one, else the carried
    /// key results as they ended (kept, starting where they ended, a new target to set) and empty rows for new ones.
    /// </summary>
    public static Dictionary<string, string> Values(PlanningContext context, PlanProposal? proposal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var outcome in context.CarriedRows)
        {
            var row = new PlanRow(outcome, 0);
            var kr = outcome.KeyResult;
            var carried = proposal?.KeyResults.FirstOrDefault(p => p.CarriedFromKeyResultId == kr.Id);
            if (carried is not null)
            {
                Put(values, row, carried, context, culture);
                values[row.Id(PlanFields.Keep)] = PlanFields.KeepIt;
                continue;
            }

            values[row.Id(PlanFields.Keep)] = proposal is null ? PlanFields.KeepIt : PlanFields.DropIt;
            values[row.Id(PlanFields.Objective)] = outcome.Objective.Key;
            values[row.Id(PlanFields.ObjectiveTitle)] = "";
            values[row.Id(PlanFields.Title)] = kr.Title;
            values[row.Id(PlanFields.Unit)] = ProposalRules.UnitText(kr.Unit, culture);
            values[row.Id(PlanFields.Start)] = outcome.IsMilestone ? "" : ValueText.ForEditing(outcome.StartsAgainAt, culture);
            values[row.Id(PlanFields.Target)] = "";
            values[row.Id(PlanFields.Basis)] = "";
        }

        var carriedIds = context.CarriedRows.Select(o => o.KeyResult.Id).ToHashSet(StringComparer.Ordinal);
        var added = proposal?.KeyResults.Where(p => p.CarriedFromKeyResultId is not { } id || !carriedIds.Contains(id)).ToList() ?? [];
        for (var n = 0; n < added.Count + EmptyRows; n++)
        {
            var row = new PlanRow(null, n);
            if (n < added.Count)
            {
                Put(values, row, added[n], context, culture);
                continue;
            }

            values[row.Id(PlanFields.Objective)] = context.TeamObjectives.Count > 0 ? context.TeamObjectives[0].Key : PlanFields.NewObjective;
            foreach (var part in new[] { PlanFields.ObjectiveTitle, PlanFields.Title, PlanFields.Unit, PlanFields.Start, PlanFields.Target, PlanFields.Basis })
            {
                values[row.Id(part)] = "";
            }
        }

        return values;
    }

    /// <summary>The rows of the form: each carried key result, then <paramref name="newRows"/> rows for new ones.</summary>
    internal static IEnumerable<PlanRow> Rows(PlanningContext context, int newRows) =>
        context.CarriedRows.Select(o => new PlanRow(o, 0)).Concat(Enumerable.Range(0, newRows).Select(n => new PlanRow(null, n)));

    /// <summary>The objective a row goes under: a team objective's key and title, or a new objective's; nulls when wrong.</summary>
    private static (string? Key, string? Title) ReadObjective(
        PlanningContext context,
        PlanRow row,
        string choice,
        string newTitle,
        List<(string Key, string Title)> newObjectives,
        CultureInfo culture,
        Action<string, string> error)
    {
        if (choice.Length == 0)
        {
            choice = row.Carried?.Objective.Key ?? (context.TeamObjectives.Count > 0 ? context.TeamObjectives[0].Key : PlanFields.NewObjective);
        }

        if (choice != PlanFields.NewObjective)
        {
            var objective = context.TeamObjectives.FirstOrDefault(o => o.Key == choice)
                ?? (row.Carried?.Objective.Key == choice ? row.Carried.Objective : null);
            if (objective is null)
            {
                error(PlanFields.Objective, PlanningText.ObjectiveUnknown(culture, choice));
                return (null, null);
            }

            return (objective.Key, objective.Title);
        }

        if (newTitle.Length == 0)
        {
            error(PlanFields.ObjectiveTitle, PlanningText.ObjectiveTitleMissing(culture));
            return (null, null);
        }

        if (newTitle.Length > MaxTitleLength)
        {
            error(PlanFields.ObjectiveTitle, DialogText.TextTooLong(culture, MaxTitleLength, newTitle.Length));
            return (null, null);
        }

        // The same title twice is one new objective; a title the quarter already has is that objective.
        if (context.TeamObjectives.FirstOrDefault(o => ProposalRules.SameTitle(o.Title, newTitle)) is { } existing)
        {
            return (existing.Key, existing.Title);
        }

        if (newObjectives.FirstOrDefault(o => ProposalRules.SameTitle(o.Title, newTitle)) is { Key: not null } again)
        {
            return again;
        }

        var taken = context.TeamObjectives.Select(o => o.Key).Concat(newObjectives.Select(o => o.Key)).ToHashSet(StringComparer.Ordinal);
        var created = (ProposalRules.KeyFor(newTitle, taken, "objective"), newTitle);
        newObjectives.Add(created);
        return created;
    }

    private static void Put(Dictionary<string, string> values, PlanRow row, ProposedKeyResult proposed, PlanningContext context, CultureInfo culture)
    {
        var known = context.TeamObjectives.Any(o => o.Key == proposed.ObjectiveKey) || row.Carried?.Objective.Key == proposed.ObjectiveKey;
        values[row.Id(PlanFields.Objective)] = known ? proposed.ObjectiveKey : PlanFields.NewObjective;
        values[row.Id(PlanFields.ObjectiveTitle)] = known ? "" : proposed.ObjectiveTitle;
        values[row.Id(PlanFields.Title)] = proposed.Title;
        values[row.Id(PlanFields.Unit)] = ProposalRules.UnitText(proposed.Unit, culture);
        var milestone = proposed.Unit is MilestoneUnit;
        values[row.Id(PlanFields.Start)] = milestone ? "" : ValueText.ForEditing(proposed.Start, culture);
        values[row.Id(PlanFields.Target)] = milestone ? "" : ValueText.ForEditing(proposed.Target, culture);
        values[row.Id(PlanFields.Basis)] = proposed.Basis;
    }

    private static IEnumerable<FormField> RowFields(PlanningContext context, PlanRow row, Func<string, string> valueOf, Func<string, string?> errorOf, CultureInfo culture)
    {
        var group = row.Group;
        var from = context.From.ToString();
        FormField Field(string part, string label, FieldKind kind, string? hint = null, string? unit = null, IReadOnlyList<Choice>? choices = null) =>
            // Nothing is marked required for the chat client: a dropped row or an empty new one leaves fields empty
            // on purpose, and Read says beside each field what a kept row still needs.
            new(row.Id(part), label, kind, Required: false, valueOf(row.Id(part)), errorOf(row.Id(part)), hint, unit, choices, group);

        var unitText = valueOf(row.Id(PlanFields.Unit));
        var unit = ProposalRules.ReadUnit(unitText, culture, out _);
        var milestone = unit is MilestoneUnit;
        if (row.Carried is { } carried)
        {
            var kr = carried.KeyResult;
            var keepChoices = carried.IsMilestone
                ? new[] { new Choice(PlanFields.KeepIt, PlanningText.CarryIt(culture)), new Choice(PlanFields.DropIt, PlanningText.LeaveIt(culture)) }
                : [new Choice(PlanFields.KeepIt, PlanningText.KeepIt(culture, context.Planned.ToString())), new Choice(PlanFields.DropIt, PlanningText.DropIt(culture))];
            yield return Field(
                PlanFields.Keep,
                carried.IsMilestone ? PlanningText.CarryMilestoneLabel(culture, kr.Title, from) : PlanningText.CarryLabel(culture, kr.Title, from),
                FieldKind.Choice,
                hint: ResultAndCause(context, carried, culture),
                choices: keepChoices);
        }

        var number = row.NewRow + 1;
        yield return Field(
            PlanFields.Objective,
            row.Carried is null ? PlanningText.NewObjectiveLabel(culture, number) : PlanningText.ObjectiveLabel(culture),
            FieldKind.Choice,
            choices: [.. context.TeamObjectives.Select(o => new Choice(o.Key, o.Title)), new Choice(PlanFields.NewObjective, PlanningText.NewObjectiveChoice(culture))]);
        yield return Field(PlanFields.ObjectiveTitle, PlanningText.ObjectiveTitleLabel(culture), FieldKind.Text, hint: PlanningText.ObjectiveTitleHint(culture));
        yield return Field(
            PlanFields.Title,
            row.Carried is null ? PlanningText.NewTitleLabel(culture, number) : PlanningText.TitleLabel(culture),
            FieldKind.Text,
            hint: row.Carried is null ? PlanningText.NewTitleHint(culture) : null);
        yield return Field(PlanFields.Unit, PlanningText.UnitLabel(culture), FieldKind.Text, hint: PlanningText.UnitHint(culture));
        var shownUnit = unit is null || milestone ? null : ProposalRules.UnitText(unit, culture);
        var milestoneHint = milestone ? PlanningText.MilestoneValuesHint(culture) : null;
        var endedHint = row.Carried is { IsMilestone: false } ended
            ? ended.IsFed
                ? PlanningText.FedStartHint(culture, ValueFormatter.Format(ended.StartsAgainAt, ended.KeyResult.Unit, culture))
                : PlanningText.StartHint(culture, from, ValueFormatter.Format(ended.Ended, ended.KeyResult.Unit, culture))
            : null;
        var targetHint = row.Carried is { IsMilestone: false } before
            ? PlanningText.TargetHint(culture, from, ValueFormatter.Format(before.KeyResult.Target, before.KeyResult.Unit, culture))
            : null;
        yield return Field(PlanFields.Start, PlanningText.StartLabel(culture), FieldKind.Amount, hint: milestoneHint ?? endedHint, unit: shownUnit);
        yield return Field(PlanFields.Target, PlanningText.TargetLabel(culture), FieldKind.Amount, hint: milestoneHint ?? targetHint, unit: shownUnit);
        yield return Field(PlanFields.Basis, PlanningText.BasisLabel(culture), FieldKind.MultilineText, hint: PlanningText.BasisHint(culture));
    }

    /// <summary>This quarter's result against its target, and the cause the member gave: what the new target is set beside.</summary>
    public static string ResultAndCause(PlanningContext context, KeyResultOutcome outcome, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outcome);
        var result = Result(context, outcome, culture);
        var cause = outcome.Cause is { Length: > 0 } said ? PlanningText.CauseYouGave(culture, said) : PlanningText.NoCauseGiven(culture);
        // Chinese sentences follow each other without a space; English ones take one.
        return result + (Text.TextLanguage.ReadsChinese(culture) ? "" : " ") + cause;
    }

    /// <summary>"2026-Q4: reached US$20M of a US$24.7M target — 81%, score 0.81.": right while the quarter still runs, and after.</summary>
    public static string Result(PlanningContext context, KeyResultOutcome outcome, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outcome);
        var kr = outcome.KeyResult;
        var from = context.From.ToString();
        var score = outcome.Result.Score.ToString("0.00", culture);
        if (outcome.IsMilestone)
        {
            return outcome.IsFinished ? PlanningText.MilestoneDone(culture, from) : PlanningText.MilestoneNotDone(culture, from);
        }

        if (!outcome.CheckedIn)
        {
            return PlanningText.NothingCheckedIn(culture, from, ValueFormatter.Format(kr.Start, kr.Unit, culture));
        }

        var actual = ValueFormatter.Format(outcome.Ended, kr.Unit, culture);
        var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
        return outcome.Result.Attainment is { } attainment
            ? PlanningText.Reached(culture, from, actual, target, ValueFormatter.FormatRatio(attainment, culture), score)
            : PlanningText.ReachedScore(culture, from, actual, target, score);
    }

    /// <summary>The member's lessons and, for a proposal sent back, the manager's words: what the form opens with.</summary>
    public static IReadOnlyList<string> Lessons(PlanningContext context, PlanProposal? proposal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = new List<string>();
        if (proposal is { Status: PlanStatus.SentBack })
        {
            var manager = context.DecidedByName ?? PlanningText.YourManager(culture);
            lines.Add(proposal.ManagerComment is { Length: > 0 } comment
                ? PlanningText.SentBackWithComment(culture, manager, comment)
                : PlanningText.SentBack(culture, manager));
        }

        var from = context.From.ToString();
        if (context.Worked is { Length: > 0 } worked)
        {
            lines.Add(PlanningText.WhatWorked(culture, from, worked));
        }

        if (context.Change is { Length: > 0 } change)
        {
            lines.Add(PlanningText.WhatToChange(culture, change));
        }

        return lines;
    }

    private static string Intro(PlanningContext context, PlanFormKind kind, PlanProposal? proposal, CultureInfo culture)
    {
        var lines = new List<string>
        {
            kind == PlanFormKind.ManagerEdit
                ? PlanningText.ManagerEditIntro(culture, context.Member.Name, context.Planned.ToString(), context.From.ToString())
                : PlanningText.FormIntro(culture, context.Planned.ToString(), context.From.ToString()),
        };
        lines.AddRange(Lessons(context, proposal, culture));
        return string.Join("\n", lines);
    }
}

/// <summary>One group of the form: a key result carried over from the quarter before, or the <see cref="NewRow"/>th new one.</summary>
internal sealed record PlanRow(KeyResultOutcome? Carried, int NewRow)
{
    public string Group => Carried is { } carried ? "plan.kr." + carried.KeyResult.Id : string.Create(CultureInfo.InvariantCulture, $"plan.new.{NewRow}");

    public string Id(string part) => Carried is { } carried ? PlanFields.Carried(carried.KeyResult.Id, part) : PlanFields.New(NewRow, part);
}
