using System.Globalization;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Values;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Tests.Okrs;

/// <summary>The team file as Core writes it: YAML-safe text, exact numbers, every unit and owner, the same bytes each time.</summary>
public class OkrFileTextTests
{
    private static readonly Quarter Q1 = new(2027, 1);
    private static readonly Workspace Slack = new("ws-1", ChatPlatform.Slack, "T0EXPORT", "Export: Trading #1");

    private static readonly Team Team = new()
    {
        Id = "team-1",
        WorkspaceId = "ws-1",
        Key = "export-sales",
        Name = "Export Sales",
        TimeZoneId = "Asia/Shanghai",
        ReportingCurrency = "USD",
        CheckIn = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 30)),
        ExchangeRates = new ExchangeRateTable([new ExchangeRate(Q1, "INR", 0.012m), new ExchangeRate(Q1, "EUR", 1.16m), new ExchangeRate(Q1.Previous(), "EUR", 1.10m)]),
        SummaryChannels = [new SummaryChannel(ChatPlatform.Teams, "19:export-sales@thread.tacv2"), new SummaryChannel(ChatPlatform.Slack, "C0EXPORT")],
    };

    private static readonly Member Mei = new()
    {
        Id = "mei", WorkspaceId = "ws-1", TeamId = "team-1", Name = "林美", Email = "mei@example.com", SlackUserId = "U0MEI",
        Role = MemberRole.Manager, Market = "Global", TimeZoneId = "Asia/Shanghai", Locale = "zh-CN",
    };

    private static readonly Member Andy = new()
    {
        Id = "andy", WorkspaceId = "ws-1", TeamId = "team-1", Name = "Andy \"The Closer\" Miller", Email = "andy@example.com", SlackUserId = "U0ANDY",
        Market = "US", TimeZoneId = "Asia/Shanghai", Locale = "en-US", ProfileFromChat = true,
    };

    [Theory]
    [InlineData("export-sales", "export-sales")]
    [InlineData("andy@example.com", "andy@example.com")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("US: East", "\"US: East\"")]
    [InlineData("#export-sales", "\"#export-sales\"")]
    [InlineData("- not a list", "\"- not a list\"")]
    [InlineData("say \"why\"", "\"say \\\"why\\\"\"")]
    [InlineData("C:\\path", "\"C:\\\\path\"")]
    [InlineData("line one\nline two", "\"line one\\nline two\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("Off", "\"Off\"")]
    [InlineData("美国收入", "\"美国收入\"")]
    [InlineData("", "\"\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    public void Every_string_is_written_so_yaml_reads_it_back_exactly(string text, string written) =>
        Assert.Equal(written, OkrFileText.Text(text));

    [Theory]
    [InlineData("24700000", "24700000")]
    [InlineData("3.0", "3")]
    [InlineData("0.012", "0.012")]
    [InlineData("1234567.891", "1234567.891")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("0.0000001", "0.0000001")]
    public void Numbers_keep_exactly_their_decimals_in_the_invariant_culture(string value, string written) =>
        Assert.Equal(written, OkrFileText.Number(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1234.567")]
    [InlineData("1.25")]
    [InlineData("1250000000")]
    [InlineData("0.001")]
    [InlineData("-5")]
    public void A_written_number_reads_back_to_the_same_value_as_the_import_reads_it(string value)
    {
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);

        var read = ValueParser.Parse(OkrFileText.Number(number), KeyResultUnit.Currency("USD"), CultureInfo.GetCultureInfo("en-US"), "revenue");

        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Equal(number, read.Value);
    }

    [Fact]
    public void Each_unit_owner_and_optional_field_is_written_in_the_files_words()
    {
        var yaml = OkrFileText.Write(Slack, Team, Q1, [Andy, Mei], [Objective()]);

        Assert.Contains("      - key: eu-revenue\n        title: \"欧洲收入\"\n        owner: andy@example.com\n        unit: { currency: EUR }\n        start: 0\n        target: 17500000.25\n        weight: 0.5\n        market: \"DACH: Germany\"\n        basis: \"第一行\\n第二行 # 不是注释\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      - key: returns\n        title: \"Returns rate\"\n        owner: team\n        unit: percent\n        start: 4.5\n        target: 2\n        basis:", yaml, StringComparison.Ordinal);
        Assert.Contains("        unit: { count: \"new accounts\" }\n", yaml, StringComparison.Ordinal);
        Assert.Contains("        unit: { count: orders }\n        start: 0\n        target: 5000\n        feed: live-streams.orders\n        basis:", yaml, StringComparison.Ordinal);
        Assert.Contains("        unit: milestone\n        basis:", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("weight: 1", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_team_settings_the_quarters_rates_and_the_members_are_written_in_a_fixed_order()
    {
        var yaml = OkrFileText.Write(Slack, Team with { PlanningPrompt = PlanningPrompt.LastWeek, Market = "US" }, Q1, [Andy, Mei], [Objective()]);

        Assert.Contains("workspace:\n  platform: slack\n  id: T0EXPORT\n  name: \"Export: Trading #1\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  market: US\n  checkIn:\n    day: Monday\n    time: \"09:30\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  summaryChannels:\n    slack: C0EXPORT\n    teams: \"19:export-sales@thread.tacv2\"\n  planning:\n    prompt: last-week\n", yaml, StringComparison.Ordinal);
        Assert.Contains("quarter: 2027-Q1\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  EUR: 1.16\n  INR: 0.012\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("1.1\n", yaml, StringComparison.Ordinal);
        // The manager first; a member whose profile comes from chat has no time zone or locale to write.
        Assert.Contains("members:\n  - name: \"林美\"\n    email: mei@example.com\n    slackUserId: U0MEI\n    role: manager\n    market: Global\n    timeZone: Asia/Shanghai\n    locale: zh-CN\n  - name: \"Andy \\\"The Closer\\\" Miller\"\n    email: andy@example.com\n    slackUserId: U0ANDY\n    role: member\n    market: US\n\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_planning_prompt_is_left_out_so_older_files_read_the_same()
    {
        var yaml = OkrFileText.Write(Slack, Team, Q1, [Mei], []);

        Assert.DoesNotContain("planning:", yaml, StringComparison.Ordinal);
        Assert.Contains("objectives: []\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_quarter_is_written_to_the_same_text_whatever_order_it_is_given_in()
    {
        var objective = Objective();
        var shuffled = objective with { KeyResults = [.. objective.KeyResults.Reverse()] };

        Assert.Equal(
            OkrFileText.Write(Slack, Team, Q1, [Mei, Andy], [objective, objective with { Id = "o-2", Key = "second", Position = 1 }]),
            OkrFileText.Write(Slack, Team, Q1, [Andy, Mei], [shuffled with { Id = "o-2", Key = "second", Position = 1 }, objective]));
    }

    [Fact]
    public void The_teams_templates_and_streams_are_written_with_wall_clock_starts_durations_and_emails()
    {
        var template = new TemplateDefinition("quick-stream", "快速复盘: 三分钟", [
            new QuestionDefinition("gmv", QuestionKind.Number, "本场GMV", Required: true) { Unit = "currency", Part = "numbers" },
            new QuestionDefinition("best", QuestionKind.Choice, "卖得最好的？", Required: true) { Choices = ["外套", "鞋, 靴"] },
            new QuestionDefinition("change", QuestionKind.Text, "下次改什么？", Required: false) { Multiline = false },
        ])
        { Parts = [new PartDefinition("numbers", "数据")] };
        var stream = new LiveStream
        {
            Id = "s-1", WorkspaceId = "ws-1", TeamId = "team-1", Key = "boots-night", Title = "雪地靴之夜",
            StartsAt = new DateTimeOffset(2027, 1, 14, 12, 0, 0, TimeSpan.Zero), Duration = TimeSpan.FromMinutes(90),
            Quarter = Q1, WeekNumber = 2, HostMemberId = Andy.Id, CrewMemberIds = [Mei.Id], Currency = "EUR", TemplateId = "quick-stream",
        };
        var rules = new StreamRules { ReviewDelay = TimeSpan.Zero, AnswerWindow = TimeSpan.FromHours(24), Targets = new Dictionary<string, decimal> { ["orders"] = 500m, ["gmv"] = 40_000.5m } };

        var yaml = OkrFileText.Write(Slack, Team, Q1, [Mei, Andy], [], [template], new TeamFileStreams(rules, [stream]));

        Assert.Contains("templates:\n  - id: quick-stream\n    title: \"快速复盘: 三分钟\"\n    for: stream\n    parts:\n      - { id: numbers, title: \"数据\" }\n    questions:\n"
            + "      - { id: gmv, kind: number, prompt: \"本场GMV\", unit: currency, part: numbers }\n"
            + "      - { id: best, kind: choice, prompt: \"卖得最好的？\", choices: [\"外套\", \"鞋, 靴\"] }\n"
            + "      - { id: change, kind: text, prompt: \"下次改什么？\", required: false, multiline: false }\n", yaml, StringComparison.Ordinal);
        Assert.Contains("streams:\n  reviewDelay: 0m\n  answerWindow: 24h\n  template: live-stream\n  targets: { gmv: 40000.5, orders: 500 }\n  schedule:\n"
            + "    - key: boots-night\n      title: \"雪地靴之夜\"\n      start: \"2027-01-14 20:00\"\n      duration: 1h30m\n      host: andy@example.com\n      crew: [mei@example.com]\n      currency: EUR\n      template: quick-stream\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_named_after_the_team_and_the_quarter() =>
        Assert.Equal("export-sales-2027-Q1.yaml", OkrFileText.FileName(Team, Q1));

    private static Objective Objective() => new()
    {
        Id = "o-1",
        WorkspaceId = "ws-1",
        TeamId = "team-1",
        Quarter = Q1,
        Key = "grow",
        Title = "Grow: again",
        Basis = "Order book",
        KeyResults =
        [
            KeyResult("eu-revenue", "欧洲收入", Andy, KeyResultUnit.Currency("EUR"), 0m, 17_500_000.25m, 0) with { Weight = 0.5m, Market = "DACH: Germany", Basis = "第一行\n第二行 # 不是注释" },
            KeyResult("returns", "Returns rate", null, KeyResultUnit.Percentage, 4.5m, 2.0m, 1),
            KeyResult("accounts", "Accounts", Mei, KeyResultUnit.Count("new accounts"), 0m, 6m, 2),
            KeyResult("live", "Live orders", Mei, KeyResultUnit.Count("orders"), 0m, 5000m, 3) with { Feed = new KeyResultFeed("orders") },
            KeyResult("storefront", "Storefront live", Mei, KeyResultUnit.Milestone, 0m, 1m, 4),
        ],
    };

    private static KeyResult KeyResult(string key, string title, Member? owner, KeyResultUnit unit, decimal start, decimal target, int position) => new()
    {
        Id = $"kr-{key}",
        WorkspaceId = "ws-1",
        ObjectiveId = "o-1",
        Key = key,
        Title = title,
        OwnerMemberId = owner?.Id,
        Unit = unit,
        Start = start,
        Target = target,
        Basis = "Because",
        Position = position,
    };
}
