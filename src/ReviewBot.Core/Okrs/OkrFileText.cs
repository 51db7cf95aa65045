using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Okrs;

/// <summary>
/// A team's quarter written as the team file the operator imports (README's team-file section), so that the
/// import reads it back to the same team, members and OKRs. The text depends on nothing but what it is given:
/// fields in the file's documented order, lists in a fixed order, every free text quoted, numbers in the
/// invariant culture with exactly their decimals, so exporting the same quarter twice writes the same bytes.
/// </summary>
public static partial class OkrFileText
{
    public const string ContentType = "application/yaml";

    private const string Indent = "  ";

    /// <summary>Words other YAML readers take for booleans or null: written quoted, so every reader sees text.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~" };

    /// <summary>The name an export is saved under: the team's key and the quarter, like <c>export-sales-2027-Q1.yaml</c>.</summary>
    public static string FileName(Team team, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(team);
        return $"{team.Key}-{quarter.Id}.yaml";
    }

    /// <param name="members">The team's active members; each needs an e-mail, which is how the file names them.</param>
    /// <param name="objectives">The quarter's objectives; every owner among <paramref name="members"/> (or the team).</param>
    /// <param name="templates">The team's own review templates; none leaves the section out, and an import keeps the stored ones.</param>
    /// <param name="streams">The team's stream rules and keyed streams; null leaves the section out, and an import keeps the stored ones.</param>
    public static string Write(
        Workspace workspace,
        Team team,
        Quarter quarter,
        IReadOnlyList<Member> members,
        IReadOnlyList<Objective> objectives,
        IReadOnlyList<Dialogs.TemplateDefinition>? templates = null,
        TeamFileStreams? streams = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(objectives);
        var emails = members.ToDictionary(m => m.Id, m => m.Email ?? throw new ArgumentException($"{m.Name} has no e-mail; the team file names members by e-mail.", nameof(members)), StringComparer.Ordinal);
        var file = new StringBuilder();
        file.Append("# ReviewBot OKR file: one team, one quarter, exported from chat. README.md explains every field.\n")
            .Append("# Import it with: dotnet run --project src/ReviewBot.Host -- import ").Append(FileName(team, quarter)).Append('\n')
            .Append(streams is null
                ? "# The team has no live-stream rules or schedule to write; an import of this file leaves streams as they are.\n\n"
                : "# Streams scheduled in chat have no key and are not written; an import of this file leaves them as they are.\n\n");
        WriteWorkspace(file, workspace);
        WriteTeam(file, team);
        file.Append("quarter: ").Append(quarter.Id).Append("\n\n");
        WriteExchangeRates(file, team, quarter);
        WriteMembers(file, members);
        if (templates is { Count: > 0 })
        {
            WriteTemplates(file, templates);
        }

        if (streams is not null)
        {
            WriteStreams(file, streams, team.TimeZoneId, emails);
        }

        WriteObjectives(file, objectives, emails);
        return file.ToString();
    }

    private static void WriteWorkspace(StringBuilder file, Workspace workspace)
    {
        file.Append("workspace:\n");
        Field(file, 1, "platform", PlatformName(workspace.Platform));
        Field(file, 1, "id", Text(workspace.ExternalId));
        Field(file, 1, "name", Text(workspace.Name));
        file.Append('\n');
    }

    private static void WriteTeam(StringBuilder file, Team team)
    {
        file.Append("team:\n");
        Field(file, 1, "key", Text(team.Key));
        Field(file, 1, "name", Text(team.Name));
        Field(file, 1, "timeZone", Text(team.TimeZoneId));
        Field(file, 1, "fiscalYearStartMonth", team.FiscalYearStartMonth.ToString(CultureInfo.InvariantCulture));
        Field(file, 1, "reportingCurrency", Text(team.ReportingCurrency));
        Field(file, 1, "locale", Text(team.Locale));
        if (team.Market is { } market)
        {
            Field(file, 1, "market", Text(market));
        }

        file.Append(Indent).Append("checkIn:\n");
        Field(file, 2, "day", team.CheckIn.Day.ToString());
        Field(file, 2, "time", Quoted(team.CheckIn.Time.ToString("HH:mm", CultureInfo.InvariantCulture)));
        if (team.Holidays.Count > 0)
        {
            file.Append(Indent).Append("holidays:\n");
            foreach (var byMarket in team.Holidays.GroupBy(h => h.Market, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                file.Append(Indent).Append(Indent).Append(Text(byMarket.Key)).Append(":\n");
                foreach (var holiday in byMarket.OrderBy(h => h.Date))
                {
                    file.Append(Indent).Append(Indent).Append(Indent)
                        .Append("- { date: ").Append(Date(holiday.Date)).Append(", name: ").Append(Text(holiday.Name)).Append(" }\n");
                }
            }
        }

        if (team.SummaryChannels.Count > 0)
        {
            file.Append(Indent).Append("summaryChannels:\n");
            foreach (var channel in team.SummaryChannels.OrderBy(c => c.Platform))
            {
                Field(file, 2, PlatformName(channel.Platform), Text(channel.ChannelId));
            }
        }

        if (team.PlanningPrompt != PlanningPrompt.AfterRetrospective)
        {
            // The default is left out, so a team file written before planning existed reads the same.
            file.Append(Indent).Append("planning:\n");
            Field(file, 2, "prompt", PlanningPromptName(team.PlanningPrompt));
        }

        file.Append('\n');
    }

    private static void WriteExchangeRates(StringBuilder file, Team team, Quarter quarter)
    {
        var rates = team.ExchangeRates.Rates.Where(r => r.Quarter == quarter).OrderBy(r => r.Currency, StringComparer.Ordinal).ToList();
        if (rates.Count == 0)
        {
            return;
        }

        file.Append("exchangeRates:                # one unit of each currency in ").Append(team.ReportingCurrency).Append(", for this quarter\n");
        foreach (var rate in rates)
        {
            Field(file, 1, Text(rate.Currency), Number(rate.RateToReporting));
        }

        file.Append('\n');
    }

    private static void WriteMembers(StringBuilder file, IReadOnlyList<Member> members)
    {
        file.Append("members:\n");
        foreach (var member in members.OrderByDescending(m => m.IsManager).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Email, StringComparer.Ordinal))
        {
            file.Append(Indent).Append("- name: ").Append(Text(member.Name)).Append('\n');
            Field(file, 2, "email", Text(member.Email!));
            if (member.SlackUserId is { } slack)
            {
                Field(file, 2, "slackUserId", Text(slack));
            }

            if (member.TeamsUserId is { } teams)
            {
                Field(file, 2, "teamsUserId", Text(teams));
            }

            Field(file, 2, "role", member.IsManager ? "manager" : "member");
            Field(file, 2, "market", Text(member.Market));
            if (!member.ProfileFromChat)
            {
                // Left out, both are filled in from the person's chat profile, as they were the first time.
                Field(file, 2, "timeZone", Text(member.TimeZoneId));
                Field(file, 2, "locale", Text(member.Locale));
            }
        }

        file.Append('\n');
    }

    private static void WriteObjectives(StringBuilder file, IReadOnlyList<Objective> objectives, Dictionary<string, string> emails)
    {
        if (objectives.Count == 0)
        {
            file.Append("objectives: []\n");
            return;
        }

        file.Append("objectives:\n");
        var first = true;
        foreach (var objective in objectives.OrderBy(o => o.Position).ThenBy(o => o.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                file.Append('\n');
            }

            first = false;
            file.Append(Indent).Append("- key: ").Append(Text(objective.Key)).Append('\n');
            Field(file, 2, "title", Text(objective.Title));
            Field(file, 2, "owner", Owner(objective.OwnerMemberId, emails));
            Field(file, 2, "basis", Text(objective.Basis));
            if (objective.KeyResults.Count == 0)
            {
                Field(file, 2, "keyResults", "[]");
                continue;
            }

            file.Append(Indent).Append(Indent).Append("keyResults:\n");
            foreach (var keyResult in objective.KeyResults.OrderBy(k => k.Position).ThenBy(k => k.Key, StringComparer.Ordinal))
            {
                WriteKeyResult(file, keyResult, emails);
            }
        }
    }

    private static void WriteKeyResult(StringBuilder file, KeyResult keyResult, Dictionary<string, string> emails)
    {
        file.Append(Indent).Append(Indent).Append(Indent).Append("- key: ").Append(Text(keyResult.Key)).Append('\n');
        Field(file, 4, "title", Text(keyResult.Title));
        Field(file, 4, "owner", Owner(keyResult.OwnerMemberId, emails));
        Field(file, 4, "unit", Unit(keyResult.Unit));
        if (keyResult.Unit is not MilestoneUnit)
        {
            Field(file, 4, "start", Number(keyResult.Start));
            Field(file, 4, "target", Number(keyResult.Target));
        }

        if (keyResult.Weight != 1m)
        {
            Field(file, 4, "weight", Number(keyResult.Weight));
        }

        if (keyResult.Market is { } market)
        {
            Field(file, 4, "market", Text(market));
        }

        if (keyResult.Feed is { } feed)
        {
            Field(file, 4, "feed", Text(feed.ToString()));
        }

        Field(file, 4, "basis", Text(keyResult.Basis));
    }

    private static string Owner(string? memberId, Dictionary<string, string> emails) =>
        memberId is null ? "team"
        : emails.TryGetValue(memberId, out var email) ? Text(email)
        : throw new ArgumentException($"The owner {memberId} is not among the team's members; the team file names owners by their e-mail.", nameof(emails));

    private static string Unit(KeyResultUnit unit) => unit switch
    {
        CurrencyUnit currency => $"{{ currency: {Text(currency.IsoCode)} }}",
        CountUnit count => $"{{ count: {Text(count.Name)} }}",
        PercentageUnit => "percent",
        MilestoneUnit => "milestone",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "A unit the team file has no word for."),
    };

    private static void Field(StringBuilder file, int depth, string name, string value)
    {
        for (var i = 0; i < depth; i++)
        {
            file.Append(Indent);
        }

        file.Append(name).Append(": ").Append(value).Append('\n');
    }

    private static string PlatformName(ChatPlatform platform) => platform.ToString().ToLowerInvariant();

    private static string PlanningPromptName(PlanningPrompt prompt) => prompt switch
    {
        PlanningPrompt.AfterRetrospective => "after-retrospective",
        PlanningPrompt.LastWeek => "last-week",
        PlanningPrompt.Off => "off",
        _ => throw new ArgumentOutOfRangeException(nameof(prompt), prompt, "A planning prompt the team file has no word for."),
    };

    /// <summary>A number with exactly the decimals it has, none added or lost, and no grouping: 24700000, 2.1, 0.012.</summary>
    public static string Number(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A string as YAML reads it back exactly: bare when it is a plain token (a key, an e-mail, an id, a time zone),
    /// otherwise double-quoted, with backslash, quote, line breaks and other control characters escaped.
    /// </summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return PlainToken().IsMatch(value) && !Reserved.Contains(value) ? value : Quoted(value);
    }

    /// <summary>
    /// A longer quoted text goes on over several lines, each ended by YAML's escaped line break (a backslash), which
    /// reads back as nothing: no line of the file is much longer than this, so a channel that shows the file in pieces
    /// (Teams, in code blocks) never cuts one in two.
    /// </summary>
    private const int FoldWidth = 100;

    /// <summary>
    /// Where a folded text goes on. The escaped line break drops the next line's leading spaces, so any indentation
    /// deeper than the file's keys reads the same.
    /// </summary>
    private const string FoldIndent = "          ";

    private static string Quoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        var lineStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            // Not before a space (the next line's leading spaces are dropped) nor inside a surrogate pair.
            if (quoted.Length - lineStart >= FoldWidth && c is not (' ' or '\t') && !char.IsLowSurrogate(c))
            {
                quoted.Append("\\\n").Append(FoldIndent);
                lineStart = quoted.Length - FoldIndent.Length;
            }

            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Starts with a letter or digit and holds only characters with no meaning to YAML: no spaces, colons, #, quotes or brackets.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@/+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainToken();
}
