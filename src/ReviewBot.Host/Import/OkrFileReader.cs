using System.Globalization;
using System.Text.RegularExpressions;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Values;
using ReviewBot.Core.Workspaces;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReviewBot.Host.Import;

/// <summary>
/// Reads a team's OKR file (YAML) and checks all of it, so that an operator sees every mistake at once,
/// each with its line and field, rather than one per attempt.
/// </summary>
public static partial class OkrFileReader
{
    /// <summary>Numbers in the file are written the way an English-speaking operator would: 25M, 1,500,000, 2.5.</summary>
    private static readonly CultureInfo FileCulture = CultureInfo.GetCultureInfo("en-US");

    public static (OkrFile? File, IReadOnlyList<ImportError> Errors) Read(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var errors = new List<ImportError>();
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                return (null, [new ImportError(1, "(file)", "should hold one YAML document whose top level has the fields workspace, team, quarter, members and objectives.")]);
            }

            root = mapping;
        }
        catch (YamlException e)
        {
            return (null, [new ImportError((int)e.Start.Line, "(syntax)", $"this is not valid YAML: {e.InnerException?.Message ?? e.Message}")]);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner reports some broken input (an unclosed bracket) this way, without a position.
            return (null, [new ImportError(1, "(syntax)", $"this is not valid YAML: {e.Message}")]);
        }

        var file = new YamlMapping(root, "", errors);
        var (platform, externalId, workspaceName) = ReadWorkspace(file);
        var quarterText = file.Text("quarter", hint: "write the quarter the file describes, like 2026-Q4");
        var quarter = default(Quarter);
        if (quarterText is not null && !Quarter.TryParse(quarterText, out quarter))
        {
            file.Error(YamlMapping.LineOf(file.Node("quarter")!), "quarter", $"'{quarterText}' is not a quarter. Write it like 2026-Q4.");
        }

        var team = ReadTeam(file, errors);
        var rates = ReadExchangeRates(file, quarter, team?.ReportingCurrency);
        var errorsBeforeMembers = errors.Count;
        var declaredEmails = new List<string>();
        var members = ReadMembers(file, errors, declaredEmails, team?.TimeZoneId ?? "UTC");
        var membersAreValid = errors.Count == errorsBeforeMembers;
        var templates = ReadTemplates(file, errors);
        var streams = ReadStreams(file, errors, team, declaredEmails, new StreamTemplates(templates), rates, out var streamTemplate);
        var warnings = new List<string>();
        var objectives = ReadObjectives(file, errors, declaredEmails, team?.ReportingCurrency, rates, quarter, warnings, streamTemplate);
        file.RejectUnknownFields();

        if (membersAreValid && members.Count > 0 && !members.Any(m => m.Role == MemberRole.Manager))
        {
            file.Error(YamlMapping.LineOf(file.Node("members")!), "members", "no member has role: manager; a team needs at least one manager to run its reviews.");
        }

        if (errors.Count > 0 || team is null)
        {
            return (null, [.. errors.OrderBy(e => e.Line)]);
        }

        return (new OkrFile(
            platform,
            externalId!,
            workspaceName!,
            team with { ExchangeRates = new ExchangeRateTable(rates) },
            quarter,
            members,
            objectives,
            warnings)
        {
            Templates = templates,
            Streams = streams,
        }, []);
    }

    private static (ChatPlatform Platform, string? ExternalId, string? Name) ReadWorkspace(YamlMapping file)
    {
        var workspace = file.Mapping("workspace");
        if (workspace is null)
        {
            return default;
        }

        var platformText = workspace.Text("platform", hint: "playground, slack or teams");
        var platform = ChatPlatform.Playground;
        if (platformText is not null && !Enum.TryParse(platformText, ignoreCase: true, out platform))
        {
            workspace.Error(YamlMapping.LineOf(workspace.Node("platform")!), "platform", $"'{platformText}' is not a platform. Use playground, slack or teams.");
        }

        var id = workspace.Text("id", hint: "the Slack team id (T…), the Teams tenant id, or any name for the playground");
        var name = workspace.Text("name", required: false) ?? id;
        workspace.RejectUnknownFields();
        return (platform, id, name);
    }

    private static Team? ReadTeam(YamlMapping file, List<ImportError> errors)
    {
        var team = file.Mapping("team");
        if (team is null)
        {
            return null;
        }

        var before = errors.Count;
        var key = team.Text("key", hint: "a short name such as export-sales");
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            team.Error(LineOf(team, "key"), "key", $"'{key}' should be lower-case letters, digits and dashes, like export-sales.");
        }

        var name = team.Text("name");
        var timeZone = ReadTimeZone(team, "timeZone");
        var fiscalStart = ReadInt(team, "fiscalYearStartMonth", 1, 12, required: false) ?? 1;
        var currency = ReadCurrencyCode(team, "reportingCurrency");
        var locale = ReadLocale(team);
        // Optional: whose public holidays are the team's own (the quarter review waits for its first working day).
        var market = team.Text("market", required: false);
        var schedule = ReadSchedule(team);
        var holidays = ReadHolidays(team);
        var channels = ReadSummaryChannels(team);
        var planning = ReadPlanning(team);
        team.RejectUnknownFields();
        if (errors.Count > before || key is null || name is null || timeZone is null || currency is null || schedule is null)
        {
            return null;
        }

        return new Team
        {
            Id = "",
            WorkspaceId = "",
            Key = key,
            Name = name,
            TimeZoneId = timeZone,
            FiscalYearStartMonth = fiscalStart,
            ReportingCurrency = currency,
            Locale = locale,
            Market = market,
            CheckIn = schedule,
            Holidays = holidays,
            SummaryChannels = channels,
            PlanningPrompt = planning,
        };
    }

    /// <summary>The file's words for <see cref="PlanningPrompt"/>, in the order the README gives them.</summary>
    private static readonly (string Word, PlanningPrompt Prompt)[] PlanningPromptWords =
    [
        ("after-retrospective", PlanningPrompt.AfterRetrospective),
        ("last-week", PlanningPrompt.LastWeek),
        ("off", PlanningPrompt.Off),
    ];

    /// <summary><c>planning: { prompt: after-retrospective | last-week | off }</c>: when members are asked to plan next quarter.</summary>
    private static PlanningPrompt ReadPlanning(YamlMapping team)
    {
        var planning = team.Mapping("planning", required: false);
        if (planning is null)
        {
            return PlanningPrompt.AfterRetrospective;
        }

        var text = planning.Text("prompt", required: false);
        planning.RejectUnknownFields();
        if (text is null)
        {
            return PlanningPrompt.AfterRetrospective;
        }

        foreach (var (word, prompt) in PlanningPromptWords)
        {
            if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
            {
                return prompt;
            }
        }

        planning.Error(
            LineOf(planning, "prompt"),
            "prompt",
            $"'{text}' is not when to ask members to plan next quarter. Use after-retrospective (once their retrospective is in), last-week (in the quarter's last week) or off.");
        return PlanningPrompt.AfterRetrospective;
    }

    private static CheckInSchedule? ReadSchedule(YamlMapping team)
    {
        var checkIn = team.Mapping("checkIn", required: false);
        if (checkIn is null)
        {
            return new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 0));
        }

        var dayText = checkIn.Text("day", required: false) ?? "Friday";
        var timeText = checkIn.Text("time", required: false) ?? "16:00";
        checkIn.RejectUnknownFields();
        if (!Enum.TryParse<DayOfWeek>(dayText, ignoreCase: true, out var day) || int.TryParse(dayText, CultureInfo.InvariantCulture, out _))
        {
            checkIn.Error(LineOf(checkIn, "day"), "day", $"'{dayText}' is not a day of the week. Use Monday … Sunday.");
            return null;
        }

        if (!TimeOnly.TryParseExact(timeText, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            checkIn.Error(LineOf(checkIn, "time"), "time", $"'{timeText}' is not a time of day. Use 24-hour HH:mm, like \"16:00\".");
            return null;
        }

        return new CheckInSchedule(day, time);
    }

    private static List<Holiday> ReadHolidays(YamlMapping team)
    {
        var holidays = new List<Holiday>();
        var byMarket = team.Mapping("holidays", required: false);
        if (byMarket is null)
        {
            return holidays;
        }

        foreach (var (market, dates) in byMarket.Entries())
        {
            if (dates is not YamlSequenceNode list)
            {
                byMarket.Error(YamlMapping.LineOf(dates), market, "should be a list of dates, like - { date: 2026-12-25, name: Christmas }.");
                continue;
            }

            foreach (var (item, index) in list.Children.Select((n, i) => (n, i)))
            {
                var field = $"{market}[{index}]";
                string? dateText;
                var name = "Public holiday";
                if (item is YamlMappingNode mapping)
                {
                    var holiday = new YamlMapping(mapping, byMarket.FieldPath(field), []);
                    dateText = holiday.Text("date", required: false);
                    name = holiday.Text("name", required: false) ?? name;
                }
                else
                {
                    dateText = (item as YamlScalarNode)?.Value;
                }

                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    byMarket.Error(YamlMapping.LineOf(item), field, $"'{dateText}' is not a date. Use yyyy-MM-dd, like 2026-12-25.");
                    continue;
                }

                if (holidays.Any(h => h.Market == market && h.Date == date))
                {
                    byMarket.Error(YamlMapping.LineOf(item), field, $"{dateText} is listed twice for {market}.");
                    continue;
                }

                holidays.Add(new Holiday(market, date, name));
            }
        }

        return holidays;
    }

    private static List<SummaryChannel> ReadSummaryChannels(YamlMapping team)
    {
        var channels = new List<SummaryChannel>();
        var byPlatform = team.Mapping("summaryChannels", required: false);
        if (byPlatform is null)
        {
            return channels;
        }

        foreach (var (platformName, channel) in byPlatform.Entries())
        {
            if (!Enum.TryParse<ChatPlatform>(platformName, ignoreCase: true, out var platform) || int.TryParse(platformName, CultureInfo.InvariantCulture, out _))
            {
                byPlatform.Error(YamlMapping.LineOf(channel), platformName, $"'{platformName}' is not a platform. Use slack, teams or playground.");
                continue;
            }

            if (channel is not YamlScalarNode { Value: { Length: > 0 } channelId })
            {
                byPlatform.Error(YamlMapping.LineOf(channel), platformName, "should be the channel id, like C0123ABCD for Slack.");
                continue;
            }

            channels.Add(new SummaryChannel(platform, channelId.Trim()));
        }

        return channels;
    }

    private static List<ExchangeRate> ReadExchangeRates(YamlMapping file, Quarter quarter, string? reportingCurrency)
    {
        var rates = new List<ExchangeRate>();
        var mapping = file.Mapping("exchangeRates", required: false);
        if (mapping is null)
        {
            return rates;
        }

        foreach (var (code, value) in mapping.Entries())
        {
            if (!CurrencyPattern().IsMatch(code))
            {
                mapping.Error(YamlMapping.LineOf(value), code, $"'{code}' is not an ISO 4217 currency code such as EUR.");
                continue;
            }

            if (string.Equals(code, reportingCurrency, StringComparison.Ordinal))
            {
                mapping.Error(YamlMapping.LineOf(value), code, $"{code} is the reporting currency; it needs no rate.");
                continue;
            }

            var text = (value as YamlScalarNode)?.Value;
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate) || rate <= 0m)
            {
                mapping.Error(YamlMapping.LineOf(value), code, $"'{text}' is not a rate. Give how many {reportingCurrency ?? "reporting-currency"} units one {code} is worth, like 1.08.");
                continue;
            }

            rates.Add(new ExchangeRate(quarter, code, rate));
        }

        return rates;
    }

    private static List<Member> ReadMembers(YamlMapping file, List<ImportError> errors, List<string> declaredEmails, string teamTimeZone)
    {
        var members = new List<Member>();
        foreach (var (node, path) in file.Sequence("members"))
        {
            if (node is not YamlMappingNode mapping)
            {
                errors.Add(new ImportError(YamlMapping.LineOf(node), path, "should be a member with name, email, role, market, timeZone and locale."));
                continue;
            }

            var member = new YamlMapping(mapping, path, errors);
            var before = errors.Count;
            var name = member.Text("name");
            var email = member.Text("email");
            if (email is not null && !EmailPattern().IsMatch(email))
            {
                member.Error(LineOf(member, "email"), "email", $"'{email}' is not an e-mail address.");
            }
            else if (email is not null && declaredEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            {
                member.Error(LineOf(member, "email"), "email", $"{email} is already used by another member in this file.");
            }
            else if (email is not null)
            {
                declaredEmails.Add(email.ToLowerInvariant());
            }

            var slackUserId = member.Text("slackUserId", required: false);
            if (slackUserId is not null && members.Any(m => m.SlackUserId == slackUserId))
            {
                member.Error(LineOf(member, "slackUserId"), "slackUserId", $"{slackUserId} is already used by another member in this file.");
            }

            var teamsUserId = member.Text("teamsUserId", required: false);
            if (teamsUserId is not null && members.Any(m => string.Equals(m.TeamsUserId, teamsUserId, StringComparison.OrdinalIgnoreCase)))
            {
                member.Error(LineOf(member, "teamsUserId"), "teamsUserId", $"{teamsUserId} is already used by another member in this file.");
            }

            var roleText = member.Text("role", required: false) ?? "member";
            if (!Enum.TryParse<MemberRole>(roleText, ignoreCase: true, out var role) || int.TryParse(roleText, CultureInfo.InvariantCulture, out _))
            {
                member.Error(LineOf(member, "role"), "role", $"'{roleText}' is not a role. Use member or manager.");
            }

            var market = member.Text("market", hint: "the market they sell to, like US, Europe or India & SEA");
            // A member with a chat identity may leave both out: their chat profile fills them in on first contact.
            var profileFromChat = !member.Has("timeZone") && !member.Has("locale") && (slackUserId is not null || teamsUserId is not null);
            var timeZone = profileFromChat ? teamTimeZone : ReadTimeZone(member, "timeZone");
            var locale = ReadLocale(member);

            member.RejectUnknownFields();
            if (errors.Count == before)
            {
                members.Add(new Member
                {
                    Id = "",
                    WorkspaceId = "",
                    TeamId = "",
                    Name = name!,
                    Email = email!.ToLowerInvariant(),
                    SlackUserId = slackUserId,
                    TeamsUserId = teamsUserId?.ToLowerInvariant(),
                    Role = role,
                    Market = market!,
                    TimeZoneId = timeZone!,
                    Locale = locale,
                    ProfileFromChat = profileFromChat,
                });
            }
        }

        return members;
    }

    private static List<ObjectivePlan> ReadObjectives(
        YamlMapping file,
        List<ImportError> errors,
        List<string> members,
        string? reportingCurrency,
        List<ExchangeRate> rates,
        Quarter quarter,
        List<string> warnings,
        Core.Dialogs.ReviewTemplate? streamTemplate)
    {
        var objectives = new List<ObjectivePlan>();
        foreach (var (node, path) in file.Sequence("objectives"))
        {
            if (node is not YamlMappingNode mapping)
            {
                errors.Add(new ImportError(YamlMapping.LineOf(node), path, "should be an objective with key, title, owner, basis and keyResults."));
                continue;
            }

            var objective = new YamlMapping(mapping, path, errors);
            var before = errors.Count;
            var key = ReadKey(objective, objectives.Select(o => o.Objective.Key), "objective");
            var title = objective.Text("title");
            var owner = ReadOwner(objective, members);
            var basis = objective.Text("basis", hint: "say why this goal was chosen; the review starts from it");
            var keyResults = new List<KeyResultPlan>();
            foreach (var (krNode, krPath) in objective.Sequence("keyResults"))
            {
                var keyResult = ReadKeyResult(krNode, krPath, errors, members, keyResults, reportingCurrency, rates, streamTemplate);
                if (keyResult is not null)
                {
                    keyResults.Add(keyResult with { KeyResult = keyResult.KeyResult with { Position = keyResults.Count } });
                }
            }

            objective.RejectUnknownFields();
            if (errors.Count > before)
            {
                continue;
            }

            if (keyResults.Count is < 3 or > 5)
            {
                warnings.Add($"line {objective.Line}, {path}: '{title}' has {keyResults.Count} key results; OKR practice is 3 to 5.");
            }

            objectives.Add(new ObjectivePlan(
                new Objective
                {
                    Id = "",
                    WorkspaceId = "",
                    TeamId = "",
                    Quarter = quarter,
                    Key = key!,
                    Title = title!,
                    Basis = basis!,
                    Position = objectives.Count,
                },
                owner,
                keyResults));
        }

        return objectives;
    }

    private static KeyResultPlan? ReadKeyResult(
        YamlNode node,
        string path,
        List<ImportError> errors,
        List<string> members,
        List<KeyResultPlan> siblings,
        string? reportingCurrency,
        List<ExchangeRate> rates,
        Core.Dialogs.ReviewTemplate? streamTemplate)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(new ImportError(YamlMapping.LineOf(node), path, "should be a key result with key, title, owner, unit, start, target and basis."));
            return null;
        }

        var keyResult = new YamlMapping(mapping, path, errors);
        var before = errors.Count;
        var key = ReadKey(keyResult, siblings.Select(k => k.KeyResult.Key), "key result");
        var title = keyResult.Text("title") ?? key ?? "this key result";
        var owner = ReadOwner(keyResult, members);
        var unit = ReadUnit(keyResult, reportingCurrency, rates);
        decimal start = 0m, target = 1m;
        if (unit is MilestoneUnit)
        {
            // A milestone goes from not done to done; start and target would only be noise.
            foreach (var field in new[] { "start", "target" })
            {
                if (keyResult.Has(field))
                {
                    keyResult.Error(LineOf(keyResult, field), field, "a milestone has no start or target: it is done or not. Remove this line.");
                }
            }
        }
        else if (unit is null)
        {
            // Without a unit the values cannot be read; they are known fields all the same.
            _ = keyResult.Node("start");
            _ = keyResult.Node("target");
        }
        else
        {
            start = ReadValue(keyResult, "start", unit, title) ?? 0m;
            target = ReadValue(keyResult, "target", unit, title) ?? 0m;
            if (errors.Count == before && start == target)
            {
                keyResult.Error(LineOf(keyResult, "target"), "target", $"equals the start ({keyResult.Text("start")}); a key result has to move up or down.");
            }
        }

        var weightText = keyResult.Text("weight", required: false);
        var weight = 1m;
        if (weightText is not null && (!decimal.TryParse(weightText, NumberStyles.Number, CultureInfo.InvariantCulture, out weight) || weight <= 0m))
        {
            keyResult.Error(LineOf(keyResult, "weight"), "weight", $"'{weightText}' is not a weight. Use a positive number; 1 is the default.");
        }

        var basis = keyResult.Text("basis", hint: "say why this target; the review compares the result with it");
        var market = keyResult.Text("market", required: false);
        var feed = ReadFeed(keyResult, unit, streamTemplate);
        keyResult.RejectUnknownFields();
        if (errors.Count > before)
        {
            return null;
        }

        return new KeyResultPlan(
            new KeyResult
            {
                Id = "",
                WorkspaceId = "",
                ObjectiveId = "",
                Key = key!,
                Title = title,
                Unit = unit!,
                Start = start,
                Target = target,
                Weight = weight,
                Basis = basis!,
                Market = market,
                Feed = feed,
            },
            owner);
    }

    private static KeyResultUnit? ReadUnit(YamlMapping keyResult, string? reportingCurrency, List<ExchangeRate> rates)
    {
        const string Hint = "use unit: { currency: USD }, unit: { count: accounts }, unit: percent or unit: milestone";
        var node = keyResult.Node("unit");
        switch (node)
        {
            case null:
                keyResult.Error(keyResult.Line, "unit", $"is missing; {Hint}.");
                return null;
            case YamlScalarNode { Value: var text } when string.Equals(text, "percent", StringComparison.OrdinalIgnoreCase) || text == "%":
                return KeyResultUnit.Percentage;
            case YamlScalarNode { Value: var text } when string.Equals(text, "milestone", StringComparison.OrdinalIgnoreCase):
                return KeyResultUnit.Milestone;
            case YamlMappingNode mapping:
                var unit = new YamlMapping(mapping, keyResult.FieldPath("unit"), []);
                var currency = unit.Text("currency", required: false);
                var count = unit.Text("count", required: false);
                if (currency is not null && count is null && mapping.Children.Count == 1)
                {
                    if (!CurrencyPattern().IsMatch(currency))
                    {
                        keyResult.Error(YamlMapping.LineOf(node), "unit.currency", $"'{currency}' is not an ISO 4217 currency code such as USD or EUR.");
                        return null;
                    }

                    if (reportingCurrency is not null && currency != reportingCurrency && !rates.Any(r => r.Currency == currency))
                    {
                        keyResult.Error(YamlMapping.LineOf(node), "unit.currency", $"there is no exchange rate for {currency}; add {currency} under exchangeRates so it can be rolled up into {reportingCurrency}.");
                        return null;
                    }

                    return KeyResultUnit.Currency(currency);
                }

                if (count is not null && currency is null && mapping.Children.Count == 1)
                {
                    return KeyResultUnit.Count(count);
                }

                break;
        }

        keyResult.Error(YamlMapping.LineOf(node), "unit", $"is not a unit ReviewBot knows; {Hint}.");
        return null;
    }

    private static decimal? ReadValue(YamlMapping keyResult, string field, KeyResultUnit unit, string title)
    {
        var text = keyResult.Text(field);
        if (text is null)
        {
            return null;
        }

        var result = ValueParser.Parse(text, unit, FileCulture, title);
        if (!result.IsSuccess)
        {
            keyResult.Error(LineOf(keyResult, field), field, result.Error!.Message);
            return null;
        }

        return result.Value;
    }

    private static string? ReadKey(YamlMapping mapping, IEnumerable<string> taken, string what)
    {
        var key = mapping.Text("key", hint: $"a short stable name for the {what}, like us-revenue");
        if (key is null)
        {
            return null;
        }

        if (!KeyPattern().IsMatch(key))
        {
            mapping.Error(LineOf(mapping, "key"), "key", $"'{key}' should be lower-case letters, digits and dashes, like us-revenue.");
            return null;
        }

        if (taken.Contains(key, StringComparer.Ordinal))
        {
            mapping.Error(LineOf(mapping, "key"), "key", $"another {what} here already has the key '{key}'.");
            return null;
        }

        return key;
    }

    /// <summary>The owner's e-mail, or null for the team (or when the owner is wrong, which is reported).</summary>
    private static string? ReadOwner(YamlMapping mapping, List<string> memberEmails)
    {
        var owner = mapping.Text("owner", hint: "a member's e-mail, or team");
        if (owner is null)
        {
            return null;
        }

        if (string.Equals(owner, "team", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!memberEmails.Contains(owner, StringComparer.OrdinalIgnoreCase))
        {
            var known = string.Join(", ", memberEmails);
            mapping.Error(LineOf(mapping, "owner"), "owner", $"'{owner}' is not the e-mail of a member in this file. Use team or one of: {known}.");
            return null;
        }

        return owner.ToLowerInvariant();
    }

    private static string? ReadTimeZone(YamlMapping mapping, string field)
    {
        var zone = mapping.Text(field, hint: "an IANA time zone like Europe/Berlin");
        if (zone is null)
        {
            return null;
        }

        if (!zone.Contains('/', StringComparison.Ordinal) && zone != "UTC" || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) || !found.HasIanaId)
        {
            mapping.Error(LineOf(mapping, field), field, $"'{zone}' is not an IANA time zone. Use a name like Europe/Berlin, America/New_York or Asia/Kolkata.");
            return null;
        }

        return zone;
    }

    private static string? ReadCurrencyCode(YamlMapping mapping, string field, bool required = true)
    {
        var code = mapping.Text(field, required, hint: "an ISO 4217 code like USD");
        if (code is not null && !CurrencyPattern().IsMatch(code))
        {
            mapping.Error(LineOf(mapping, field), field, $"'{code}' is not an ISO 4217 currency code such as USD or EUR.");
            return null;
        }

        return code;
    }

    private static int? ReadInt(YamlMapping mapping, string field, int min, int max, bool required)
    {
        var text = mapping.Text(field, required);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            mapping.Error(LineOf(mapping, field), field, $"'{text}' should be a whole number from {min} to {max}.");
            return null;
        }

        return value;
    }

    /// <summary>An optional BCP 47 locale, en-US when left out, in .NET's own spelling ("zh-cn" becomes "zh-CN").</summary>
    private static string ReadLocale(YamlMapping mapping)
    {
        var locale = mapping.Text("locale", required: false) ?? "en-US";
        if (!IsKnownLocale(locale))
        {
            mapping.Error(LineOf(mapping, "locale"), "locale", $"'{locale}' is not a locale. Use a BCP 47 name like en-US, de-DE or zh-CN.");
            return "en-US";
        }

        return CultureInfo.GetCultureInfo(locale).Name;
    }

    private static bool IsKnownLocale(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static int LineOf(YamlMapping mapping, string field) =>
        mapping.Node(field) is { } node ? YamlMapping.LineOf(node) : mapping.Line;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
