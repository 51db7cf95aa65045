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
            return Replies.Say(OkrText.OkrsArgumentsUnread(speaker.Culture, string.Join(' ', args)), OkrText.OkrsArgumentsHowTo(speaker.Culture));
        }

        var objectives = await store.ObjectivesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, quarter, cancellationToken);
        return [Listing(speaker, quarter, objectives)];
    }

    public async Task<IReadOnlyList<Reply>> PressAsync(Speaker speaker, ButtonPress press, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Replies.ManagersOnly(OkrText.ManagersOnlyChangeOkrs(speaker.Culture), speaker.Culture);
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
            _ => Replies.Say(OkrText.OkrGone(speaker.Culture), OkrText.TypeOkrsForTheCurrentList(speaker.Culture)),
        };
    }

    public async Task<IReadOnlyList<Reply>> SubmitAsync(Speaker speaker, FormSubmission form, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Replies.ManagersOnly(OkrText.ManagersOnlyChangeOkrs(speaker.Culture), speaker.Culture);
        }

        var culture = speaker.Culture;
        var parts = form.FormId.Split('|');
        if (parts.Length < 3 || !Quarter.TryParse(parts[1], out var quarter) || quarter < speaker.Quarter)
        {
            return Replies.Say(OkrText.FormOutOfDate(culture), OkrText.PastQuartersCannotBeEdited(culture));
        }

        var objectives = await store.ObjectivesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, quarter, cancellationToken);
        string Value(string id) => form.Values.TryGetValue(id, out var v) ? v?.Trim() ?? "" : "";
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        if (form.FormId.StartsWith(ObjectiveFormPrefix, StringComparison.Ordinal))
        {
            var existing = objectives.FirstOrDefault(o => o.Id == parts[2]);
            if (parts[2] != New && existing is null)
            {
                return Replies.Say(OkrText.ObjectiveGoneNothingSaved(culture));
            }

            var title = Required(Value("title"), "title", OkrText.GiveObjectiveTitle(culture), culture, errors);
            var basis = Required(Value("basis"), "basis", OkrText.SayWhyThisGoal(culture), culture, errors);
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
            return [Listing(speaker, quarter, updated, OkrText.SavedObjective(culture, objective.Title))];
        }

        if (form.FormId.StartsWith(KeyResultFormPrefix, StringComparison.Ordinal) && parts.Length == 4 && objectives.FirstOrDefault(o => o.Id == parts[2]) is { } parent)
        {
            var existing = parent.KeyResults.FirstOrDefault(k => k.Id == parts[3]);
            if (parts[3] != New && existing is null)
            {
                return Replies.Say(OkrText.KeyResultGoneNothingSaved(culture));
            }

            var title = Required(Value("title"), "title", OkrText.GiveKeyResultTitle(culture), culture, errors);
            var basis = Required(Value("basis"), "basis", OkrText.SayWhyThisTarget(culture), culture, errors);
            var owner = Owner(speaker, Value("owner"), errors);
            var unit = Unit(Value("unit"), Value("unitName"), culture, errors);
            decimal start = 0m, target = 1m, weight = 1m;
            if (unit is not null and not MilestoneUnit)
            {
                start = Amount(Value("start"), "start", unit, title ?? OkrText.ThisKeyResult(culture), culture, errors) ?? 0m;
                target = Amount(Value("target"), "target", unit, title ?? OkrText.ThisKeyResult(culture), culture, errors) ?? 0m;
                if (!errors.ContainsKey("start") && !errors.ContainsKey("target") && start == target)
                {
                    errors["target"] = OkrText.TargetEqualsStart(culture);
                }
            }

            var weightText = Value("weight");
            if (weightText.Length > 0 && (!decimal.TryParse(weightText, NumberStyles.Number, culture, out weight) || weight <= 0m))
            {
                errors["weight"] = OkrText.NotAWeight(culture, weightText);
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
            return [Listing(speaker, quarter, updated, OkrText.SavedKeyResult(culture, keyResult.Title))];
        }

        return Replies.Say(OkrText.FormNotRecognised(culture), OkrText.TypeOkrsForTheCurrentList(culture));
    }

    private static MessageReply Listing(Speaker speaker, Quarter quarter, IReadOnlyList<Objective> objectives, string? saved = null)
    {
        var culture = speaker.Culture;
        var sections = objectives.Select(o => new Section(
            OkrText.ObjectiveHeading(culture, o.Title, speaker.NameOf(o.OwnerMemberId)),
            OkrText.ObjectiveBasis(culture, o.Basis),
            [.. o.KeyResults.Select(k => new Fact(k.Title, KeyResultLine(speaker, k)))])).ToList();
        var buttons = new List<Button>();
        var editable = speaker.IsManager && quarter >= speaker.Quarter;
        if (editable)
        {
            buttons.Add(new Button(OkrText.AddObjectiveButton(culture), ActionIds.AddObjective, Style: ButtonStyle.Primary));
            foreach (var o in objectives)
            {
                buttons.Add(new Button(OkrText.EditButton(culture, o.Title), ActionIds.EditObjective, o.Id));
                buttons.Add(new Button(OkrText.AddKeyResultToButton(culture, o.Title), ActionIds.AddKeyResult, o.Id));
                buttons.AddRange(o.KeyResults.Select(k => new Button(OkrText.EditButton(culture, k.Title), ActionIds.EditKeyResult, k.Id)));
            }
        }

        return new MessageReply
        {
            Headline = saved is null ? OkrText.OkrsHeadline(culture, speaker.Team.Name, quarter.ToString()) : OkrText.SavedOkrsHeadline(culture, saved, speaker.Team.Name, quarter.ToString()),
            Sections = sections.Count > 0 ? sections : [Section.Paragraph(OkrText.NoObjectivesYet(culture, quarter.ToString()))],
            Buttons = buttons,
            Context = [editable ? OkrText.EveryOkrNeedsABasis(culture) : OkrText.ManagersAddOkrs(culture)],
            Placement = saved is null ? ReplyPlacement.New : ReplyPlacement.ReplaceSource,
        };
    }

    /// <summary>A key result in the listing: "milestone · owner · basis", or start → target, which way, owner, any weight, and basis.</summary>
    private static string KeyResultLine(Speaker speaker, KeyResult k)
    {
        var culture = speaker.Culture;
        var owner = speaker.NameOf(k.OwnerMemberId);
        if (k.Unit is MilestoneUnit)
        {
            return OkrText.MilestoneLine(culture, owner, k.Basis);
        }

        var (start, target) = (ValueFormatter.Format(k.Start, k.Unit, culture), ValueFormatter.Format(k.Target, k.Unit, culture));
        var rising = k.Direction == Direction.Increase;
        return k.Weight == 1m
            ? rising ? OkrText.RisingLine(culture, start, target, owner, k.Basis) : OkrText.FallingLine(culture, start, target, owner, k.Basis)
            : rising ? OkrText.RisingWeightedLine(culture, start, target, owner, k.Weight.ToString(culture), k.Basis) : OkrText.FallingWeightedLine(culture, start, target, owner, k.Weight.ToString(culture), k.Basis);
    }

    private static FormReply ObjectiveForm(Speaker speaker, Quarter quarter, Objective? objective, IReadOnlyDictionary<string, string>? values, Dictionary<string, string>? errors)
    {
        var culture = speaker.Culture;
        string? V(string id, string? current) => values is not null ? (values.TryGetValue(id, out var v) ? v : null) : current;
        string? E(string id) => errors is not null && errors.TryGetValue(id, out var e) ? e : null;
        return new FormReply
        {
            FormId = $"{ObjectiveFormPrefix}{quarter.Id}|{objective?.Id ?? New}",
            Title = objective is null ? OkrText.NewObjectiveFormTitle(culture, quarter.ToString()) : OkrText.EditObjectiveFormTitle(culture),
            Intro = OkrText.ObjectiveFormIntro(culture),
            Fields =
            [
                new FormField("title", OkrText.TitleLabel(culture), FieldKind.Text, Required: true, V("title", objective?.Title), E("title")),
                new FormField("owner", OkrText.OwnerLabel(culture), FieldKind.Choice, Required: true, V("owner", objective?.OwnerMemberId ?? TeamOwner), E("owner"), Choices: OwnerChoices(speaker)),
                new FormField("basis", OkrText.ObjectiveBasisLabel(culture), FieldKind.MultilineText, Required: true, V("basis", objective?.Basis), E("basis")),
            ],
            SubmitLabel = OkrText.SaveObjective(culture),
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
            Title = keyResult is null ? OkrText.NewKeyResultFormTitle(culture, parent.Title) : OkrText.EditKeyResultFormTitle(culture),
            Intro = OkrText.KeyResultFormIntro(culture),
            Fields =
            [
                new FormField("title", OkrText.TitleLabel(culture), FieldKind.Text, Required: true, V("title", keyResult?.Title), E("title")),
                new FormField("owner", OkrText.OwnerLabel(culture), FieldKind.Choice, Required: true, V("owner", keyResult?.OwnerMemberId ?? TeamOwner), E("owner"), Choices: OwnerChoices(speaker)),
                new FormField("unit", OkrText.UnitLabel(culture), FieldKind.Choice, Required: true, V("unit", keyResult?.Unit.Kind.ToString().ToLowerInvariant()), E("unit"), Choices: [new("currency", OkrText.CurrencyChoice(culture)), new("count", OkrText.CountChoice(culture)), new("percentage", OkrText.PercentageChoice(culture)), new("milestone", OkrText.MilestoneChoice(culture))]),
                new FormField("unitName", OkrText.UnitNameLabel(culture), FieldKind.Text, Required: false, V("unitName", unitName), E("unitName"), Hint: OkrText.UnitNameHint(culture)),
                new FormField("start", OkrText.StartLabel(culture), FieldKind.Number, Required: false, V("start", keyResult is null || keyResult.Unit is MilestoneUnit ? null : ValueText.ForEditing(keyResult.Start, culture)), E("start"), Hint: OkrText.StartHint(culture)),
                new FormField("target", OkrText.TargetLabel(culture), FieldKind.Number, Required: false, V("target", keyResult is null || keyResult.Unit is MilestoneUnit ? null : ValueText.ForEditing(keyResult.Target, culture)), E("target")),
                new FormField("weight", OkrText.WeightLabel(culture), FieldKind.Number, Required: false, V("weight", keyResult?.Weight.ToString(culture) ?? "1"), E("weight")),
                new FormField("basis", OkrText.KeyResultBasisLabel(culture), FieldKind.MultilineText, Required: true, V("basis", keyResult?.Basis), E("basis")),
            ],
            SubmitLabel = OkrText.SaveKeyResult(culture),
        };
    }

    private static List<Choice> OwnerChoices(Speaker speaker) =>
        [new Choice(TeamOwner, OkrText.TeamOwnerChoice(speaker.Culture, speaker.Team.Name)), .. speaker.TeamMembers.Select(m => new Choice(m.Id, m.Name))];

    private static string? Required(string value, string field, string message, CultureInfo culture, Dictionary<string, string> errors)
    {
        if (value.Length == 0)
        {
            errors[field] = message;
            return null;
        }

        if (value.Length > Dialogs.TemplateForm.MaxTextLength)
        {
            errors[field] = OkrText.KeepItUnder(culture, Dialogs.TemplateForm.MaxTextLength, value.Length);
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
            errors["owner"] = OkrText.ChooseTeamOrMember(speaker.Culture);
        }

        return value;
    }

    private static KeyResultUnit? Unit(string kind, string name, CultureInfo culture, Dictionary<string, string> errors)
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
                errors["unitName"] = OkrText.NotACurrencyCode(culture, name);
                return null;
            case "count" when name.Length > 0:
                return KeyResultUnit.Count(name);
            case "count":
                errors["unitName"] = OkrText.SayWhatIsCounted(culture);
                return null;
            default:
                errors["unit"] = OkrText.ChooseAUnit(culture);
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
