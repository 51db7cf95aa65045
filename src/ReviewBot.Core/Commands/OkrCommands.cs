using System.Globalization;
using System.Text.RegularExpressions;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Commands;

/// <summary><c>review okrs</c>: the team's objectives and key results, and the managers' forms to add or edit them.</summary>
internal sealed partial class OkrCommands(ITeamOkrs store)
{
    public const string ObjectiveFormPrefix = "okr-objective|";
    public const string KeyResultFormPrefix = "okr-keyresult|";
    private const string New = "new";
    private const string TeamOwner = "team";

    public async Task<IReadOnlyList<Reply>> ListAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var quarter = speaker.Quarter;
        if (args.Count == 1 && Quarter.TryParse(args[0], out var named))
        {
            quarter = named;
        }
        else if (args.Count > 0)
        {
            return Replies.Say($"I couldn't read '{string.Join(' ', args)}' in review okrs.", "Write review okrs, or review okrs 2026-Q3 for another quarter.");
        }

        var objectives = await store.ObjectivesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, quarter, cancellationToken);
        return [Listing(speaker, quarter, objectives)];
    }

    public async Task<IReadOnlyList<Reply>> PressAsync(Speaker speaker, ButtonPress press, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Replies.ManagersOnly("change the team's objectives and key results");
        }

        var objectives = await store.ObjectivesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, speaker.Quarter, cancellationToken);
        var objective = objectives.FirstOrDefault(o => o.Id == press.Value);
        var keyResult = objectives.SelectMany(o => o.KeyResults).FirstOrDefault(k => k.Id == press.Value);
        return press.ActionId switch
        {
            ActionIds.AddObjective => [ObjectiveForm(speaker, speaker.Quarter, null, null, null)],
            ActionIds.EditObjective when objective is not null => [ObjectiveForm(speaker, speaker.Quarter, objective, null, null)],
            ActionIds.AddKeyResult when objective is not null => [KeyResultForm(speaker, speaker.Quarter, objective, null, null, null)],
            ActionIds.EditKeyResult when keyResult is not null => [KeyResultForm(speaker, speaker.Quarter, objectives.First(o => o.Id == keyResult.ObjectiveId), keyResult, null, null)],
            _ => Replies.Say("That objective or key result is no longer there.", "Type review okrs for the current list."),
        };
    }

    public async Task<IReadOnlyList<Reply>> SubmitAsync(Speaker speaker, FormSubmission form, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Replies.ManagersOnly("change the team's objectives and key results");
        }

        var parts = form.FormId.Split('|');
        if (parts.Length < 3 || !Quarter.TryParse(parts[1], out var quarter) || quarter < speaker.Quarter)
        {
            return Replies.Say("That form is out of date; nothing was saved.", "Past quarters can't be edited. Type review okrs for the current list.");
        }

        var objectives = await store.ObjectivesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, quarter, cancellationToken);
        string Value(string id) => form.Values.TryGetValue(id, out var v) ? v?.Trim() ?? "" : "";
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        if (form.FormId.StartsWith(ObjectiveFormPrefix, StringComparison.Ordinal))
        {
            var existing = objectives.FirstOrDefault(o => o.Id == parts[2]);
            if (parts[2] != New && existing is null)
            {
                return Replies.Say("That objective is no longer there; nothing was saved.");
            }

            var title = Required(Value("title"), "title", "Give the objective a title.", errors);
            var basis = Required(Value("basis"), "basis", "Say why this goal was chosen: the review starts from it.", errors);
            var owner = Owner(speaker, Value("owner"), errors);
            if (errors.Count > 0)
            {
                return [ObjectiveForm(speaker, quarter, existing, form.Values, errors)];
            }

            var objective = (existing ?? new Objective
            {
                Id = Ids.New(),
                WorkspaceId = speaker.Member.WorkspaceId,
                TeamId = speaker.Team.Id,
                Quarter = quarter,
                Key = UniqueKey(title!, objectives.Select(o => o.Key)),
                Title = title!,
                Basis = basis!,
                Position = objectives.Count,
            }) with { Title = title!, Basis = basis!, OwnerMemberId = owner };
            await store.SaveObjectiveAsync(objective with { KeyResults = [] }, cancellationToken);
            var updated = await store.ObjectivesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, quarter, cancellationToken);
            return [Listing(speaker, quarter, updated, $"Saved objective '{objective.Title}'.")];
        }

        if (form.FormId.StartsWith(KeyResultFormPrefix, StringComparison.Ordinal) && parts.Length == 4 && objectives.FirstOrDefault(o => o.Id == parts[2]) is { } parent)
        {
            var existing = parent.KeyResults.FirstOrDefault(k => k.Id == parts[3]);
            if (parts[3] != New && existing is null)
            {
                return Replies.Say("That key result is no longer there; nothing was saved.");
            }

            var title = Required(Value("title"), "title", "Give the key result a title.", errors);
            var basis = Required(Value("basis"), "basis", "Say why this target: the review compares the result with it.", errors);
            var owner = Owner(speaker, Value("owner"), errors);
            var unit = Unit(Value("unit"), Value("unitName"), errors);
            decimal start = 0m, target = 1m, weight = 1m;
            if (unit is not null and not MilestoneUnit)
            {
                start = Amount(Value("start"), "start", unit, title ?? "this key result", speaker.Culture, errors) ?? 0m;
                target = Amount(Value("target"), "target", unit, title ?? "this key result", speaker.Culture, errors) ?? 0m;
                if (!errors.ContainsKey("start") && !errors.ContainsKey("target") && start == target)
                {
                    errors["target"] = "The target equals the start; a key result has to move up or down.";
                }
            }

            var weightText = Value("weight");
            if (weightText.Length > 0 && (!decimal.TryParse(weightText, NumberStyles.Number, speaker.Culture, out weight) || weight <= 0m))
            {
                errors["weight"] = $"'{weightText}' is not a weight. Use a positive number; 1 is the default.";
            }

            if (errors.Count > 0)
            {
                return [KeyResultForm(speaker, quarter, parent, existing, form.Values, errors)];
            }

            var keyResult = (existing ?? new KeyResult
            {
                Id = Ids.New(),
                WorkspaceId = speaker.Member.WorkspaceId,
                ObjectiveId = parent.Id,
                Key = UniqueKey(title!, parent.KeyResults.Select(k => k.Key)),
                Title = title!,
                Unit = unit!,
                Start = start,
                Target = target,
                Basis = basis!,
                Position = parent.KeyResults.Count,
            }) with { Title = title!, OwnerMemberId = owner, Unit = unit!, Start = start, Target = target, Weight = weight, Basis = basis! };
            await store.SaveKeyResultAsync(keyResult, cancellationToken);
            var updated = await store.ObjectivesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, quarter, cancellationToken);
            return [Listing(speaker, quarter, updated, $"Saved key result '{keyResult.Title}'.")];
        }

        return Replies.Say("I don't recognise that form; nothing was saved.", "Type review okrs for the current list.");
    }

    private static MessageReply Listing(Speaker speaker, Quarter quarter, IReadOnlyList<Objective> objectives, string? saved = null)
    {
        var culture = speaker.Culture;
        var sections = objectives.Select(o => new Section(
            $"{o.Title} (owner: {speaker.NameOf(o.OwnerMemberId)})",
            $"Basis: {o.Basis}",
            [.. o.KeyResults.Select(k => new Fact(
                k.Title,
                k.Unit is MilestoneUnit
                    ? $"milestone · {speaker.NameOf(k.OwnerMemberId)} · basis: {k.Basis}"
                    : $"{ValueFormatter.Format(k.Start, k.Unit, culture)} → {ValueFormatter.Format(k.Target, k.Unit, culture)} ({(k.Direction == Direction.Increase ? "up" : "down")}) · {speaker.NameOf(k.OwnerMemberId)}{(k.Weight != 1m ? $" · weight {k.Weight.ToString(culture)}" : "")} · basis: {k.Basis}"))])).ToList();
        var buttons = new List<Button>();
        var editable = speaker.IsManager && quarter >= speaker.Quarter;
        if (editable)
        {
            buttons.Add(new Button("Add objective", ActionIds.AddObjective, Style: ButtonStyle.Primary));
            foreach (var o in objectives)
            {
                buttons.Add(new Button($"Edit '{o.Title}'", ActionIds.EditObjective, o.Id));
                buttons.Add(new Button($"Add key result to '{o.Title}'", ActionIds.AddKeyResult, o.Id));
                buttons.AddRange(o.KeyResults.Select(k => new Button($"Edit '{k.Title}'", ActionIds.EditKeyResult, k.Id)));
            }
        }

        return new MessageReply
        {
            Headline = saved is null ? $"{speaker.Team.Name} OKRs · {quarter}" : $"{saved} {speaker.Team.Name} OKRs · {quarter}",
            Sections = sections.Count > 0 ? sections : [Section.Paragraph($"No objectives in {quarter} yet.")],
            Buttons = buttons,
            Context = [editable ? "Every objective and key result needs a basis: why this goal, why this target." : "Managers add and edit objectives with review okrs."],
            Placement = saved is null ? ReplyPlacement.New : ReplyPlacement.ReplaceSource,
        };
    }

    private static FormReply ObjectiveForm(Speaker speaker, Quarter quarter, Objective? objective, IReadOnlyDictionary<string, string>? values, Dictionary<string, string>? errors)
    {
        string? V(string id, string? current) => values is not null ? (values.TryGetValue(id, out var v) ? v : null) : current;
        string? E(string id) => errors is not null && errors.TryGetValue(id, out var e) ? e : null;
        return new FormReply
        {
            FormId = $"{ObjectiveFormPrefix}{quarter.Id}|{objective?.Id ?? New}",
            Title = objective is null ? $"New objective for {quarter}" : "Edit objective",
            Intro = "An objective is qualitative: where the team wants to be at the end of the quarter.",
            Fields =
            [
                new FormField("title", "Title", FieldKind.Text, Required: true, V("title", objective?.Title), E("title")),
                new FormField("owner", "Owner", FieldKind.Choice, Required: true, V("owner", objective?.OwnerMemberId ?? TeamOwner), E("owner"), Choices: OwnerChoices(speaker)),
                new FormField("basis", "Basis: why this goal?", FieldKind.MultilineText, Required: true, V("basis", objective?.Basis), E("basis")),
            ],
            SubmitLabel = "Save objective",
        };
    }

    private static FormReply KeyResultForm(Speaker speaker, Quarter quarter, Objective parent, KeyResult? keyResult, IReadOnlyDictionary<string, string>? values, Dictionary<string, string>? errors)
    {
        var culture = speaker.Culture;
        string? V(string id, string? current) => values is not null ? (values.TryGetValue(id, out var v) ? v : null) : current;
        string? E(string id) => errors is not null && errors.TryGetValue(id, out var e) ? e : null;
        var unitName = keyResult?.Unit switch
        {
            CurrencyUnit c => c.IsoCode,
            CountUnit c => c.Name,
            _ => null,
        };
        return new FormReply
        {
            FormId = $"{KeyResultFormPrefix}{quarter.Id}|{parent.Id}|{keyResult?.Id ?? New}",
            Title = keyResult is null ? $"New key result for '{parent.Title}'" : "Edit key result",
            Intro = "A key result is measurable: a start, a target and a unit. A target below the start makes one that must go down.",
            Fields =
            [
                new FormField("title", "Title", FieldKind.Text, Required: true, V("title", keyResult?.Title), E("title")),
                new FormField("owner", "Owner", FieldKind.Choice, Required: true, V("owner", keyResult?.OwnerMemberId ?? TeamOwner), E("owner"), Choices: OwnerChoices(speaker)),
                new FormField("unit", "Unit", FieldKind.Choice, Required: true, V("unit", keyResult?.Unit.Kind.ToString().ToLowerInvariant()), E("unit"), Choices: [new("currency", "Currency amount"), new("count", "Count"), new("percentage", "Percentage"), new("milestone", "Milestone (done or not)")]),
                new FormField("unitName", "Currency code or what is counted", FieldKind.Text, Required: false, V("unitName", unitName), E("unitName"), Hint: "USD, EUR… for a currency; accounts, orders… for a count."),
                new FormField("start", "Start", FieldKind.Number, Required: false, V("start", keyResult is null || keyResult.Unit is MilestoneUnit ? null : ValueText.ForEditing(keyResult.Start, culture)), E("start"), Hint: "Not needed for a milestone."),
                new FormField("target", "Target", FieldKind.Number, Required: false, V("target", keyResult is null || keyResult.Unit is MilestoneUnit ? null : ValueText.ForEditing(keyResult.Target, culture)), E("target")),
                new FormField("weight", "Weight", FieldKind.Number, Required: false, V("weight", keyResult?.Weight.ToString(culture) ?? "1"), E("weight")),
                new FormField("basis", "Basis: why this target?", FieldKind.MultilineText, Required: true, V("basis", keyResult?.Basis), E("basis")),
            ],
            SubmitLabel = "Save key result",
        };
    }

    private static List<Choice> OwnerChoices(Speaker speaker) =>
        [new Choice(TeamOwner, $"The team ({speaker.Team.Name})"), .. speaker.TeamMembers.Select(m => new Choice(m.Id, m.Name))];

    private static string? Required(string value, string field, string message, Dictionary<string, string> errors)
    {
        if (value.Length == 0)
        {
            errors[field] = message;
            return null;
        }

        if (value.Length > Dialogs.TemplateForm.MaxTextLength)
        {
            errors[field] = $"Keep it under {Dialogs.TemplateForm.MaxTextLength} characters (it has {value.Length}).";
            return null;
        }

        return value;
    }

    private static string? Owner(Speaker speaker, string value, Dictionary<string, string> errors)
    {
        if (value.Length == 0 || value == TeamOwner)
        {
            return null;
        }

        if (speaker.TeamMembers.All(m => m.Id != value))
        {
            errors["owner"] = "Choose the team or one of its members.";
        }

        return value;
    }

    private static KeyResultUnit? Unit(string kind, string name, Dictionary<string, string> errors)
    {
        switch (kind)
        {
            case "percentage":
                return KeyResultUnit.Percentage;
            case "milestone":
                return KeyResultUnit.Milestone;
            case "currency" when CurrencyCode().IsMatch(name.ToUpperInvariant()):
                return KeyResultUnit.Currency(name);
            case "currency":
                errors["unitName"] = $"'{name}' is not an ISO 4217 currency code such as USD or EUR.";
                return null;
            case "count" when name.Length > 0:
                return KeyResultUnit.Count(name);
            case "count":
                errors["unitName"] = "Say what is counted, like accounts or orders.";
                return null;
            default:
                errors["unit"] = "Choose a currency amount, a count, a percentage or a milestone.";
                return null;
        }
    }

    private static decimal? Amount(string text, string field, KeyResultUnit unit, string title, CultureInfo culture, Dictionary<string, string> errors)
    {
        var parsed = ValueParser.Parse(text, unit, culture, title);
        if (parsed.IsSuccess)
        {
            return parsed.Value;
        }

        errors[field] = parsed.Error.Message;
        return null;
    }

    private static string UniqueKey(string title, IEnumerable<string> taken)
    {
        var slug = NotSlug().Replace(title.ToLowerInvariant(), "-").Trim('-');
        slug = slug.Length == 0 ? "okr" : slug[..Math.Min(slug.Length, 40)].Trim('-');
        var key = slug;
        var used = taken.ToHashSet(StringComparer.Ordinal);
        for (var i = 2; used.Contains(key); i++)
        {
            key = $"{slug}-{i}";
        }

        return key;
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();
}
