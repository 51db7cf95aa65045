using ReviewBot.Core.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>review okrs (复盘 目标), its buttons and its forms, for a Chinese manager and member and English ones on the same team.</summary>
public class OkrsInBothLanguagesTests
{
    private readonly TestTeam _team = new(andyLocale: "zh-CN", miaLocale: "zh-CN");

    private readonly TestTeam _english = new();

    /// <summary>What people typed: names, titles, bases; and the ids a choice field holds as its value, which nobody reads.</summary>
    private static readonly string[] Typed =
    [
        "Andy Miller", "Ben Weber", "Mia Manager", "Export Sales", "Grow export revenue", "The order book supports it",
        "US revenue", "Storefront conversion", "Europe revenue", "German storefront live", "Basis for", "Happier repeat buyers",
        "Dealer revenue", "dollars", "currency", "team", "andy", "nobody", "Flat", "accounts",
    ];

    [Fact]
    public async Task The_listing_reads_in_each_readers_language_with_the_managers_buttons_in_theirs()
    {
        var mia = (await _team.SayAsync(_team.Mia, "复盘 目标")).Text();
        var andy = (await _team.SayAsync(_team.Andy, "复盘 目标")).Text();
        var miaInEnglish = (await _english.SayAsync(_english.Mia, "review okrs")).Text();
        var ben = (await _team.SayAsync(_team.Ben, "review okrs")).Text();

        LanguageAssert.Chinese(mia, Typed);
        Assert.Contains("[添加目标]", mia, StringComparison.Ordinal);
        Assert.Contains("US revenue: US$0 → US$2,470万（上升）· Andy Miller", mia, StringComparison.Ordinal);
        LanguageAssert.Chinese(andy, Typed);
        Assert.Contains("复盘 目标", andy, StringComparison.Ordinal);
        LanguageAssert.English(miaInEnglish, Typed);
        Assert.Contains("[Add objective]", miaInEnglish, StringComparison.Ordinal);
        LanguageAssert.English(ben, Typed);
    }

    [Fact]
    public async Task A_quarter_without_objectives_and_words_okrs_cannot_read_are_said_in_the_readers_language()
    {
        var andy = (await _team.SayAsync(_team.Andy, "复盘 目标 2026-Q1")).Text() + "\n" + (await _team.SayAsync(_team.Andy, "复盘 目标 全部 目标")).Text();
        var ben = (await _team.SayAsync(_team.Ben, "review okrs 2026-Q1")).Text() + "\n" + (await _team.SayAsync(_team.Ben, "review okrs all of them")).Text();

        LanguageAssert.Chinese(andy, Typed);
        Assert.Contains("2026-Q1 还没有目标。", andy, StringComparison.Ordinal);
        LanguageAssert.English(ben, [.. Typed, "all of them"]);
    }

    [Fact]
    public async Task A_member_pressing_an_okr_button_is_refused_in_their_language()
    {
        var andy = (await _team.PressAsync(_team.Andy, ActionIds.AddObjective)).Text();
        var ben = (await _team.PressAsync(_team.Ben, ActionIds.AddObjective)).Text();

        LanguageAssert.Chinese(andy);
        Assert.StartsWith("只有团队经理能修改团队的目标和关键结果。", andy, StringComparison.Ordinal);
        LanguageAssert.English(ben);
        Assert.StartsWith("Only the team's managers can change the team's objectives and key results.", ben, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActionIds.AddObjective, null)]
    [InlineData(ActionIds.EditObjective, "obj-1")]
    [InlineData(ActionIds.AddKeyResult, "obj-1")]
    [InlineData(ActionIds.EditKeyResult, "kr-us-revenue")]
    [InlineData(ActionIds.EditKeyResult, "kr-gone")]
    public async Task Every_okr_form_reads_in_the_managers_language(string action, string? value)
    {
        var mia = (await _team.PressAsync(_team.Mia, action, value)).Text();
        var miaInEnglish = (await _english.PressAsync(_english.Mia, action, value)).Text();

        LanguageAssert.Chinese(mia, Typed);
        LanguageAssert.English(miaInEnglish, Typed);
    }

    [Fact]
    public async Task A_chinese_manager_saves_an_objective_and_reads_what_is_missing_and_what_was_saved_in_chinese()
    {
        var form = (await _team.PressAsync(_team.Mia, ActionIds.AddObjective)).Form();

        var missing = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["title"] = "Happier repeat buyers", ["owner"] = "team", ["basis"] = " " })).Form();
        var saved = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["title"] = "Happier repeat buyers", ["owner"] = "andy", ["basis"] = "Reviews cost us the badge" })).Message();

        LanguageAssert.Chinese(missing.Text(), Typed);
        Assert.Equal("请说明为什么定这个目标：复盘会从这里谈起。", missing.Field("basis").Error);
        LanguageAssert.Chinese(saved.Text(), [.. Typed, "Reviews cost us the badge"]);
        Assert.StartsWith("目标“Happier repeat buyers”已保存。", saved.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_key_result_form_names_each_wrong_field_in_the_managers_language()
    {
        var values = new Dictionary<string, string> { ["title"] = "Dealer revenue", ["owner"] = "nobody", ["unit"] = "currency", ["unitName"] = "dollars", ["basis"] = "", ["weight"] = "-1" };
        var form = (await _team.PressAsync(_team.Mia, ActionIds.AddKeyResult, "obj-1")).Form();
        var englishForm = (await _english.PressAsync(_english.Mia, ActionIds.AddKeyResult, "obj-1")).Form();

        var mia = (await _team.SubmitAsync(_team.Mia, form.FormId, values)).Form();
        var miaInEnglish = (await _english.SubmitAsync(_english.Mia, englishForm.FormId, values)).Form();

        LanguageAssert.Chinese(mia.Text(), Typed);
        Assert.Equal("“dollars”不是 ISO 4217 币种代码（例如 USD、EUR）。", mia.Field("unitName").Error);
        LanguageAssert.English(miaInEnglish.Text(), Typed);
        Assert.Equal("'dollars' is not an ISO 4217 currency code such as USD or EUR.", miaInEnglish.Field("unitName").Error);
    }

    [Fact]
    public async Task A_flat_key_result_and_a_stale_form_are_refused_in_the_managers_language()
    {
        var values = new Dictionary<string, string> { ["title"] = "Flat", ["owner"] = "team", ["unit"] = "count", ["unitName"] = "accounts", ["start"] = "5", ["target"] = "5", ["basis"] = "x" };
        var form = (await _team.PressAsync(_team.Mia, ActionIds.AddKeyResult, "obj-1")).Form();

        var flat = (await _team.SubmitAsync(_team.Mia, form.FormId, values)).Form();
        var stale = (await _team.SubmitAsync(_team.Mia, "okr-objective|2026-Q1|new", values)).Text();
        var staleInEnglish = (await _english.SubmitAsync(_english.Mia, "okr-objective|2026-Q1|new", values)).Text();

        LanguageAssert.Chinese(flat.Text(), [.. Typed, "count", "x"]);
        Assert.Equal("目标值和起始值相同；关键结果总得往上或往下变。", flat.Field("target").Error);
        LanguageAssert.Chinese(stale);
        LanguageAssert.English(staleInEnglish);
    }
}
