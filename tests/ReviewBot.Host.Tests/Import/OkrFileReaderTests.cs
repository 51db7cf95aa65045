using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Import;

namespace ReviewBot.Host.Tests.Import;

public class OkrFileReaderTests
{
    private static string Demo => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "export-sales.yaml"));

    private static OkrFile ReadValid(string yaml)
    {
        var (file, errors) = OkrFileReader.Read(yaml);
        Assert.Empty(errors);
        return file!;
    }

    [Fact]
    public void Reads_the_demo_team_with_its_settings_members_and_key_results()
    {
        var file = ReadValid(Demo);

        Assert.Equal((ChatPlatform.Playground, "demo"), (file.Platform, file.WorkspaceExternalId));
        Assert.Equal(new Quarter(2026, 4), file.Quarter);
        Assert.Equal(("export-sales", "Asia/Shanghai", "USD", 1), (file.Team.Key, file.Team.TimeZoneId, file.Team.ReportingCurrency, file.Team.FiscalYearStartMonth));
        Assert.Equal(new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 0)), file.Team.CheckIn);
        Assert.Equal("en-US", file.Team.Locale);
        Assert.Equal(["Andy Miller", "Ben Weber", "Cindy Sharma", "Mei Lin"], file.Members.Select(m => m.Name).Order());
        Assert.Equal(MemberRole.Manager, file.Members.Single(m => m.Name == "Mei Lin").Role);
        Assert.Equal(["US", "Europe", "India & SEA"], file.Members.Where(m => m.Role == MemberRole.Member).Select(m => m.Market));
        Assert.Contains(file.Team.Holidays, h => h.Market == "US" && h.Date == new DateOnly(2026, 11, 26));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void The_demo_revenue_key_results_add_up_to_a_sixty_million_dollar_quarter()
    {
        var file = ReadValid(Demo);
        var revenue = file.Objectives.Single(o => o.Objective.Key == "export-revenue").KeyResults.Select(k => k.KeyResult).ToList();

        var total = revenue.Sum(kr => file.Team.ExchangeRates.ToReporting(kr.Target, ((CurrencyUnit)kr.Unit).IsoCode, "USD", file.Quarter));

        Assert.Equal(60_000_000m, total);
        Assert.Equal(["USD", "EUR", "INR"], revenue.Select(kr => ((CurrencyUnit)kr.Unit).IsoCode));
    }

    [Fact]
    public void The_demo_has_a_rate_that_must_fall_a_conversion_rate_and_a_milestone()
    {
        var keyResults = ReadValid(Demo).Objectives.SelectMany(o => o.KeyResults).Select(k => k.KeyResult).ToDictionary(k => k.Key);

        Assert.Equal(Direction.Decrease, keyResults["negative-reviews"].Direction);
        Assert.Equal((KeyResultUnit.Percentage, 2.1m, 3.0m), (keyResults["store-conversion"].Unit, keyResults["store-conversion"].Start, keyResults["store-conversion"].Target));
        Assert.Equal((KeyResultUnit.Milestone, 0m, 1m), (keyResults["localised-storefronts"].Unit, keyResults["localised-storefronts"].Start, keyResults["localised-storefronts"].Target));
        Assert.Equal(KeyResultUnit.Count("accounts"), keyResults["new-distributors"].Unit);
        Assert.Equal(0.5m, keyResults["new-distributors"].Weight);
        Assert.All(keyResults.Values, kr => Assert.False(string.IsNullOrWhiteSpace(kr.Basis)));
    }

    [Fact]
    public void Reports_all_five_errors_of_a_file_each_with_its_line_and_field()
    {
        var (file, errors) = OkrFileReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "five-errors.yaml")));

        Assert.Null(file);
        Assert.Equal(
            [
                "line 7, team.timeZone: 'Europe/Berlinn' is not an IANA time zone. Use a name like Europe/Berlin, America/New_York or Asia/Kolkata.",
                "line 13, members[0].role: 'boss' is not a role. Use member or manager.",
                "line 25, objectives[0].keyResults[0].owner: 'nobody@example.com' is not the e-mail of a member in this file. Use team or one of: mia@example.com.",
                "line 28, objectives[0].keyResults[0].target: I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.",
                "line 36, objectives[0].keyResults[1].weight: '-1' is not a weight. Use a positive number; 1 is the default.",
            ],
            errors.Select(e => e.ToString()));
    }

    private static string WithPlanning(string planning) =>
        Demo.Replace("  summaryChannels:\n", $"  planning:\n{planning}  summaryChannels:\n", StringComparison.Ordinal);

    private static int LineOf(string yaml, string text) => yaml.Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_team_without_a_planning_setting_asks_its_members_to_plan_once_their_retrospective_is_in()
    {
        Assert.Equal(PlanningPrompt.AfterRetrospective, ReadValid(Demo).Team.PlanningPrompt);
        Assert.Equal(PlanningPrompt.AfterRetrospective, ReadValid(WithPlanning("")).Team.PlanningPrompt);
    }

    [Theory]
    [InlineData("after-retrospective", PlanningPrompt.AfterRetrospective)]
    [InlineData("last-week", PlanningPrompt.LastWeek)]
    [InlineData("off", PlanningPrompt.Off)]
    [InlineData("Last-Week", PlanningPrompt.LastWeek)]
    public void Reads_when_the_team_is_asked_to_plan_next_quarter(string word, PlanningPrompt expected)
    {
        Assert.Equal(expected, ReadValid(WithPlanning($"    prompt: {word}\n")).Team.PlanningPrompt);
    }

    [Fact]
    public void An_unknown_planning_prompt_is_refused_on_its_line_with_the_three_that_work()
    {
        var yaml = WithPlanning("    prompt: weekly\n");

        var (file, errors) = OkrFileReader.Read(yaml);

        Assert.Null(file);
        var error = Assert.Single(errors);
        Assert.Equal(
            $"line {LineOf(yaml, "prompt: weekly")}, team.planning.prompt: 'weekly' is not when to ask members to plan next quarter. Use after-retrospective (once their retrospective is in), last-week (in the quarter's last week) or off.",
            error.ToString());
    }

    [Fact]
    public void A_misspelt_field_under_planning_is_named_with_the_one_meant()
    {
        var (_, errors) = OkrFileReader.Read(WithPlanning("    promt: off\n"));

        var error = Assert.Single(errors);
        Assert.Equal(("team.planning.promt", "is not a field ReviewBot knows. Did you mean 'prompt'?"), (error.Field, error.Message));
    }

    [Fact]
    public void A_planning_setting_that_is_not_a_mapping_is_refused()
    {
        var yaml = Demo.Replace("  summaryChannels:\n", "  planning: off\n  summaryChannels:\n", StringComparison.Ordinal);

        var (file, errors) = OkrFileReader.Read(yaml);

        Assert.Null(file);
        Assert.Equal(("team.planning", "should be a mapping of fields (name: value)."), (Assert.Single(errors).Field, Assert.Single(errors).Message));
    }

    [Fact]
    public void Names_the_closest_known_field_for_a_misspelt_one()
    {
        var yaml = Demo.Replace("    target: 24.7M", "    tagret: 24.7M", StringComparison.Ordinal);

        var (_, errors) = OkrFileReader.Read(yaml);

        Assert.Contains(errors, e => e.Field == "objectives[0].keyResults[0].tagret" && e.Message == "is not a field ReviewBot knows. Did you mean 'target'?");
        Assert.Contains(errors, e => e.Field == "objectives[0].keyResults[0].target" && e.Message == "is missing.");
    }

    [Fact]
    public void Refuses_a_currency_key_result_without_an_exchange_rate_for_the_quarter()
    {
        var yaml = Demo.Replace("  INR: 0.012\n", "", StringComparison.Ordinal);

        var (_, errors) = OkrFileReader.Read(yaml);

        var error = Assert.Single(errors);
        Assert.Equal("objectives[0].keyResults[2].unit.currency", error.Field);
        Assert.Equal("there is no exchange rate for INR; add INR under exchangeRates so it can be rolled up into USD.", error.Message);
    }

    [Fact]
    public void Refuses_a_team_without_a_manager()
    {
        var yaml = Demo.Replace("    role: manager", "    role: member", StringComparison.Ordinal);

        var (_, errors) = OkrFileReader.Read(yaml);

        Assert.Equal("no member has role: manager; a team needs at least one manager to run its reviews.", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("team:\n  key: [unclosed", "(syntax)")]
    [InlineData("- just\n- a list", "(file)")]
    [InlineData("", "(file)")]
    [InlineData("quarter: [2026-Q4\nteam: x", "(syntax)")]
    public void Reports_a_file_that_is_not_an_OKR_document_without_throwing(string yaml, string field)
    {
        var (file, errors) = OkrFileReader.Read(yaml);

        Assert.Null(file);
        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public void Warns_when_an_objective_has_fewer_than_three_key_results()
    {
        var demo = Demo;
        var cut = demo.IndexOf("      - key: india-sea-revenue", StringComparison.Ordinal);
        var end = demo.IndexOf("  - key: customer-experience", StringComparison.Ordinal);
        var yaml = demo[..cut] + "\n" + demo[end..];

        var file = ReadValid(yaml.Replace("  INR: 0.012\n", "", StringComparison.Ordinal));

        Assert.Equal(["line 72, objectives[0]: 'Grow export revenue to a US$60M quarter' has 2 key results; OKR practice is 3 to 5."], file.Warnings);
    }

    [Fact]
    public void A_member_with_a_chat_id_may_leave_time_zone_and_locale_to_their_chat_profile()
    {
        var yaml = Demo.Replace("    timeZone: America/New_York\n    locale: en-US\n", "", StringComparison.Ordinal);

        var andy = ReadValid(yaml).Members.Single(m => m.Name == "Andy Miller");

        Assert.Equal(("Asia/Shanghai", "en-US", true), (andy.TimeZoneId, andy.Locale, andy.ProfileFromChat));
    }

    private const string DemoTeamLocale = "  locale: en-US               # the channel's review and digest are written in this locale\n";

    [Theory]
    [InlineData("  locale: de-DE\n", "de-DE")]
    [InlineData("  locale: zh-cn\n", "zh-CN")]
    [InlineData("", "en-US")]
    public void Reads_the_teams_locale_in_dotnets_spelling_and_defaults_to_american_english(string localeLine, string expected)
    {
        var yaml = Demo.Replace(DemoTeamLocale, localeLine, StringComparison.Ordinal);

        Assert.Equal(expected, ReadValid(yaml).Team.Locale);
    }

    [Fact]
    public void Refuses_a_team_locale_that_is_not_a_culture_with_its_line_and_field()
    {
        var yaml = Demo.Replace(DemoTeamLocale, "  locale: xx-Nowhere-Land\n", StringComparison.Ordinal);
        var line = Demo[..Demo.IndexOf(DemoTeamLocale, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (file, errors) = OkrFileReader.Read(yaml);

        Assert.Null(file);
        Assert.Equal($"line {line}, team.locale: 'xx-Nowhere-Land' is not a locale. Use a BCP 47 name like en-US, de-DE or zh-CN.", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Names_locale_for_a_misspelt_team_locale()
    {
        var yaml = Demo.Replace(DemoTeamLocale, "  lokale: de-DE\n", StringComparison.Ordinal);

        var (_, errors) = OkrFileReader.Read(yaml);

        Assert.Equal("team.lokale: is not a field ReviewBot knows. Did you mean 'locale'?", $"{Assert.Single(errors).Field}: {errors[0].Message}");
    }

    [Fact]
    public void A_member_without_a_chat_id_needs_a_time_zone()
    {
        var yaml = Demo
            .Replace("    timeZone: America/New_York\n    locale: en-US\n", "", StringComparison.Ordinal)
            .Replace("    slackUserId: U0ANDY\n    teamsUserId: 8d3a4c52-5f0e-4d8e-9a61-0a1c2b3d4e01\n", "", StringComparison.Ordinal);

        var (_, errors) = OkrFileReader.Read(yaml);

        Assert.Equal("members[1].timeZone: is missing; an IANA time zone like Europe/Berlin.", $"{Assert.Single(errors).Field}: {errors[0].Message}");
    }
}
