using System.Globalization;
using System.Text.Json.Nodes;
using ReviewBot.Core.Conversation;
using ReviewBot.Teams.Cards;

namespace ReviewBot.Teams.Tests.Cards;

public class AdaptiveCardRendererTests
{
    private static JsonArray Body(JsonObject card) => card["body"]!.AsArray();

    private static string Str(JsonNode? node) => node!.GetValue<string>();

    private static IEnumerable<string> Texts(JsonObject card) =>
        Body(card).Where(e => Str(e!["type"]) == "TextBlock").Select(e => Str(e!["text"]));

    /// <summary>Every text a card shows, facts as "label: value", back in the reply's plain line breaks.</summary>
    private static IEnumerable<string> Shown(JsonObject card) =>
        Body(card).SelectMany(e => Str(e!["type"]) switch
        {
            "TextBlock" => [Str(e["text"])],
            "FactSet" => e["facts"]!.AsArray().Select(f => $"{Str(f!["title"])}: {Str(f["value"])}"),
            _ => Array.Empty<string>(),
        }).Select(t => t.Replace("\n\n", "\n", StringComparison.Ordinal));

    [Fact]
    public void A_text_file_without_a_download_link_is_shown_as_code_blocks_that_copy_back_to_the_whole_file()
    {
        var yaml = string.Concat(Enumerable.Range(1, 400).Select(i => $"      basis: \"第{i}行：目标 # 依据\"\n"));
        var reply = new MessageReply
        {
            Headline = "Export Sales: the team file for 2027-Q1",
            Files = [new MessageFile("export-sales-2027-Q1.yaml", "application/yaml", System.Text.Encoding.UTF8.GetBytes(yaml), "Export Sales OKRs, 2027-Q1")],
        };

        var cards = AdaptiveCardRenderer.Message(reply);

        var blocks = cards.SelectMany(Body).Where(e => Str(e!["type"]) == "CodeBlock").ToList();
        Assert.True(cards.Count > 1, "A long file goes on several cards.");
        Assert.All(cards, card => Assert.True(card.ToJsonString().Length <= 20_000));
        Assert.Equal(yaml, string.Concat(blocks.Select(b => Str(b!["codeSnippet"]) + "\n")));
        Assert.Equal(1, blocks[0]!["startLineNumber"]!.GetValue<int>());
        Assert.Equal(1 + Str(blocks[0]!["codeSnippet"]).Split('\n').Length, blocks[1]!["startLineNumber"]!.GetValue<int>());
        Assert.Equal("Monospace", Str(blocks[0]!["fallback"]!["fontType"]));
        Assert.Contains("export-sales-2027-Q1.yaml", Texts(cards[0]));
    }

    [Fact]
    public void A_file_that_also_comes_as_a_download_link_or_a_picture_is_not_shown_as_code()
    {
        var reply = new MessageReply
        {
            Headline = "Review",
            Links = [new MessageLink("Download CSV", "https://reports.example/r/1.csv", LinkKind.Download)],
            Files = [new MessageFile("review.csv", "text/csv", "a,b\n1,2\n"u8.ToArray(), "Review"), new MessageFile("chart.png", "image/png", new byte[] { 1, 2 }, "Chart")],
        };

        var cards = AdaptiveCardRenderer.Message(reply);

        Assert.DoesNotContain(cards.SelectMany(Body), e => Str(e!["type"]) == "CodeBlock");
    }

    [Fact]
    public void A_message_becomes_a_headline_sections_with_facts_context_and_execute_buttons()
    {
        var reply = new MessageReply
        {
            Headline = "Export Sales · week 8",
            Sections = [Section.Of("At risk", "US revenue: US$13.9M of US$24.7M"), Section.WithFacts("Check-ins", [new Fact("Checked in", "Cindy"), new Fact("Not yet", "Andy, Ben")])],
            Context = ["Type review remind to nudge."],
            Buttons = [new Button("Check in", ActionIds.OpenCheckIn, Style: ButtonStyle.Primary), new Button("Edit", ActionIds.EditKeyResult, "kr-1")],
        };

        var card = Assert.Single(AdaptiveCardRenderer.Message(reply));

        Assert.Equal(("AdaptiveCard", "1.5", "Full"), (Str(card["type"]), Str(card["version"]), Str(card["msteams"]!["width"])));
        var body = Body(card);
        Assert.Equal(["TextBlock", "TextBlock", "TextBlock", "TextBlock", "FactSet", "TextBlock", "ActionSet"], body.Select(e => Str(e!["type"])));
        Assert.Equal(("Export Sales · week 8", "Large", "Bolder"), (Str(body[0]!["text"]), Str(body[0]!["size"]), Str(body[0]!["weight"])));
        Assert.Equal(("At risk", "Bolder"), (Str(body[1]!["text"]), Str(body[1]!["weight"])));
        Assert.Equal("US revenue: US$13.9M of US$24.7M", Str(body[2]!["text"]));
        Assert.All(body.Where(e => Str(e!["type"]) == "TextBlock"), e => Assert.True(e!["wrap"]!.GetValue<bool>()));
        Assert.Equal([("Checked in", "Cindy"), ("Not yet", "Andy, Ben")], body[4]!["facts"]!.AsArray().Select(f => (Str(f!["title"]), Str(f["value"]))));
        Assert.Equal(("Type review remind to nudge.", "Small", true), (Str(body[5]!["text"]), Str(body[5]!["size"]), body[5]!["isSubtle"]!.GetValue<bool>()));

        var actions = body[6]!["actions"]!.AsArray();
        Assert.Equal(("Action.Execute", "Check in", "checkin.open", "positive"), (Str(actions[0]!["type"]), Str(actions[0]!["title"]), Str(actions[0]!["verb"]), Str(actions[0]!["style"])));
        Assert.Equal("""{"action":"checkin.open"}""", actions[0]!["data"]!.ToJsonString());
        Assert.Equal(("okrs.keyresult.edit", """{"action":"okrs.keyresult.edit","value":"kr-1"}"""), (Str(actions[1]!["verb"]), actions[1]!["data"]!.ToJsonString()));
        var fallback = actions[1]!["fallback"]!;
        Assert.Equal(("Action.Submit", "Edit", """{"action":"okrs.keyresult.edit","value":"kr-1"}"""), (Str(fallback["type"]), Str(fallback["title"]), fallback["data"]!.ToJsonString()));
    }

    [Fact]
    public void A_reviews_chart_is_an_image_from_the_report_page_and_its_links_open_in_the_browser()
    {
        var reply = new MessageReply
        {
            Headline = "Export Sales · 2026-Q3 review (final)",
            Sections = [Section.Paragraph("Results")],
            Images = [new MessageImage("https://bot.example.com/reports/t/attainment.png", "Attainment of 7 key results against 100%")],
            Links = [new MessageLink("Open the full report", "https://bot.example.com/reports/t"), new MessageLink("Download CSV", "https://bot.example.com/reports/t.csv", LinkKind.Download)],
            Files = [new MessageFile("chart.png", "image/png", new byte[] { 1, 2, 3 }, "chart")],
        };

        var card = Assert.Single(AdaptiveCardRenderer.Message(reply));

        var image = Body(card).Single(e => Str(e!["type"]) == "Image")!;
        Assert.Equal(("https://bot.example.com/reports/t/attainment.png", "Attainment of 7 key results against 100%"), (Str(image["url"]), Str(image["altText"])));
        var actions = Body(card).Single(e => Str(e!["type"]) == "ActionSet")!["actions"]!.AsArray();
        Assert.Equal(["Action.OpenUrl", "Action.OpenUrl"], actions.Select(a => Str(a!["type"])));
        Assert.Equal(["https://bot.example.com/reports/t", "https://bot.example.com/reports/t.csv"], actions.Select(a => Str(a!["url"])));
        // Files are for channels that take uploads; a card carries the links instead, never the bytes.
        Assert.DoesNotContain("AQID", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_become_paragraph_breaks_because_teams_drops_single_ones()
    {
        var reply = new MessageReply { Headline = "h", Sections = [Section.Paragraph("• Andy: 13.9M\n• Ben: 2.1M")] };

        var card = Assert.Single(AdaptiveCardRenderer.Message(reply));

        Assert.Equal("• Andy: 13.9M\n\n• Ben: 2.1M", Str(Body(card)[1]!["text"]));
    }

    [Fact]
    public void A_long_review_is_split_into_several_cards_within_the_budget_and_nothing_is_lost()
    {
        var reply = new MessageReply
        {
            Headline = "Quarter review 2026-Q3",
            Sections =
            [
                .. Enumerable.Range(1, 40).Select(i => Section.Of($"Objective {i}: grow the US market", string.Join('\n', Enumerable.Range(1, 12).Select(j => $"• KR {i}.{j}: US$1{j}.4M of US$20M (57%) — Andy: two large accounts renewing, pipeline from the trade fair")))),
                Section.WithFacts("Per market", [.. Enumerable.Range(1, 45).Select(i => new Fact($"Market {i}", $"US${i}.0M of US${i + 2}.0M · 0.{i % 10}"))]),
                Section.Of("Lessons", string.Concat(Enumerable.Repeat("Renewals start too late; begin the talks a quarter ahead. 续约谈判应提前一个季度开始。", 120))),
            ],
            Context = ["Score: progress from start to target, capped at 1.0."],
            Buttons = [new Button("Open retrospective", ActionIds.OpenRetrospective)],
        };

        var cards = AdaptiveCardRenderer.Message(reply);

        Assert.True(cards.Count > 2, $"{cards.Count} cards");
        Assert.All(cards, card => Assert.True(card.ToJsonString().Length <= 20_000, $"{card.ToJsonString().Length} characters"));
        Assert.Equal(Enumerable.Range(1, cards.Count).Select(i => $"Quarter review 2026-Q3 ({i}/{cards.Count})"), cards.Select(c => Texts(c).First()));
        Assert.All(cards.SelectMany(Texts), text => Assert.True(text.Length <= 2 * 2_000, $"a text block of {text.Length} characters"));

        // Buttons act on the whole review, so only the last card carries them.
        Assert.Equal([.. Enumerable.Repeat(false, cards.Count - 1), true], cards.Select(c => Body(c).Any(e => Str(e!["type"]) == "ActionSet")));

        var shown = cards.SelectMany(c => Shown(c).Skip(1)).ToList();
        var expected = new List<string>();
        foreach (var section in reply.Sections)
        {
            if (section.Title is not null)
            {
                expected.Add(section.Title);
            }

            if (section.Text is not null)
            {
                expected.Add(section.Text);
            }

            expected.AddRange(section.Facts.Select(f => $"{f.Label}: {f.Value}"));
        }

        expected.AddRange(reply.Context);

        // Split text rejoins to the original once the pieces' separators (a line break or a space) are ignored.
        static string Squash(IEnumerable<string> parts) => string.Concat(string.Concat(parts).Where(c => !char.IsWhiteSpace(c)));
        Assert.Equal(Squash(expected), Squash(shown));
    }

    /// <summary>A manager's view of the team's plans: edit, send back and approve for each person, then the team target.</summary>
    private static List<Button> PlanButtons(int people) =>
    [
        .. Enumerable.Range(1, people).SelectMany(i => new[]
        {
            new Button($"Edit Person {i}'s proposal", ActionIds.EditPlan, $"member-{i}|2027-Q1"),
            new Button($"Send Person {i}'s proposal back", ActionIds.SendPlanBack, $"member-{i}|2027-Q1"),
            new Button($"Approve Person {i}'s proposal", ActionIds.ApprovePlan, $"member-{i}|2027-Q1", ButtonStyle.Primary),
        }),
        new Button("Set the team target", ActionIds.SetPlanTarget, "2027-Q1"),
    ];

    private static List<JsonObject> ActionSets(JsonObject card) => [.. Body(card).Where(e => Str(e!["type"]) == "ActionSet").Select(e => e!.AsObject())];

    [Fact]
    public void Seven_buttons_come_in_action_sets_of_six_because_teams_shows_no_more_of_one_set()
    {
        var reply = new MessageReply { Headline = "Export Sales · plans for 2027-Q1", Sections = [Section.Of("Andy Miller", "US revenue: US$20M → US$26M")], Buttons = PlanButtons(2) };

        var card = Assert.Single(AdaptiveCardRenderer.Message(reply));

        var sets = ActionSets(card);
        Assert.Equal([6, 1], sets.Select(s => s["actions"]!.AsArray().Count));
        Assert.Equal(reply.Buttons.Select(b => b.Label), sets.SelectMany(s => s["actions"]!.AsArray()).Select(a => Str(a!["title"])));
        Assert.Equal("ActionSet", Str(Body(card)[^1]!["type"]));
    }

    [Fact]
    public void A_long_teams_buttons_take_the_cards_after_the_text_instead_of_refusing_the_view()
    {
        // Sixty people's three buttons alone are more than one card holds.
        var reply = new MessageReply
        {
            Headline = "Export Sales · plans for 2027-Q1",
            Sections = [.. Enumerable.Range(1, 60).Select(i => Section.WithFacts($"Person {i} · US · proposed on Dec 29", [new Fact("Grow export revenue › US revenue", "US$20M → US$26M · basis: two renewals in January")]))],
            Context = ["Type review plan approve @name, or press a button."],
            Buttons = PlanButtons(60),
        };

        var cards = AdaptiveCardRenderer.Message(reply);

        Assert.All(cards, card => Assert.True(card.ToJsonString().Length <= 20_000, $"{card.ToJsonString().Length} characters"));
        Assert.All(cards.SelectMany(ActionSets), set => Assert.InRange(set["actions"]!.AsArray().Count, 1, 6));
        Assert.Equal(reply.Buttons.Select(b => b.Value), cards.SelectMany(ActionSets).SelectMany(s => s["actions"]!.AsArray()).Select(a => a!["data"]!["value"]?.GetValue<string>()));
        // Every button comes after everything it acts on: no text follows the first action set.
        var elements = cards.SelectMany(c => Body(c).Skip(1)).Select(e => Str(e!["type"])).ToList();
        Assert.DoesNotContain(elements.Skip(elements.IndexOf("ActionSet")), t => t != "ActionSet");
        Assert.Contains("Type review plan approve @name, or press a button.", cards.SelectMany(Texts));
    }

    [Fact]
    public void A_forms_submit_and_the_buttons_beside_it_come_in_sets_of_six()
    {
        var beside = Enumerable.Range(1, 6).Select(i => new Button($"Other way {i}", ActionIds.PlanByText, $"2027-Q{i % 4 + 1}")).ToList();

        var card = AdaptiveCardRenderer.Form(CheckInForm(), English, beside);

        var sets = ActionSets(card);
        Assert.Equal([6, 1], sets.Select(s => s["actions"]!.AsArray().Count));
        Assert.Equal(AdaptiveCardRenderer.FormSubmitVerb, Str(sets[0]["actions"]![0]!["verb"]));
    }

    /// <summary>A Chinese reader's plan of many key results: eight fields each, the same help under each row's unit and basis.</summary>
    private static FormReply LongPlan(int rows) => new()
    {
        FormId = "form:plan:proposal:2027-Q1:andy",
        Title = "你的 2027-Q1 计划",
        Intro = "根据 2026-Q4 的结果制定 2027-Q1 的关键结果。",
        Fields =
        [
            .. Enumerable.Range(1, rows).SelectMany(i => new[]
            {
                new FormField($"plan.kr.{i}.keep", $"关键结果 {i}（来自 2026-Q4）", FieldKind.Choice, Required: false, "keep", Hint: $"2026-Q4：最终为 US${i}M，目标 US$24.7M — 81%，得分 0.81。原因（你的话）：一笔续约推迟到了一月。", Choices: [new Choice("keep", "保留到 2027-Q1"), new Choice("drop", "不再保留")], Group: $"g{i}"),
                new FormField($"plan.kr.{i}.objective", "目标", FieldKind.Choice, Required: false, "export-revenue", Choices: [new Choice("export-revenue", "出口收入增长到每季度 6000 万美元"), new Choice("new", "新目标…")], Group: $"g{i}"),
                new FormField($"plan.kr.{i}.objective-title", "新目标的标题", FieldKind.Text, Required: false, Hint: "只有选择“新目标”时才需要填写。", Group: $"g{i}"),
                new FormField($"plan.kr.{i}.title", "标题", FieldKind.Text, Required: false, $"美国收入 {i}", Group: $"g{i}"),
                new FormField($"plan.kr.{i}.unit", "单位", FieldKind.Text, Required: false, "USD", Hint: "货币代码（如 USD 或 EUR）、%、milestone，或你计数的东西，如 accounts。", Group: $"g{i}"),
                new FormField($"plan.kr.{i}.start", "起点", FieldKind.Amount, Required: false, "20000000", Hint: $"2026-Q4 最终为 US${i}M。", Unit: "USD", Group: $"g{i}"),
                new FormField($"plan.kr.{i}.target", "目标值", FieldKind.Amount, Required: false, i == 2 ? "20000000" : "", i == 2 ? "目标不能等于起点。" : null, "2026-Q4 的目标是 US$24.7M。", "USD", Group: $"g{i}"),
                new FormField($"plan.kr.{i}.basis", "依据", FieldKind.MultilineText, Required: false, Hint: "说明为什么定这个目标，例如背后的客户或销售管道：下季度的复盘会拿结果与它对比。", Group: $"g{i}"),
            }),
        ],
        SubmitLabel = "提交",
    };

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void A_short_form_keeps_every_hint_even_when_it_repeats()
    {
        var card = AdaptiveCardRenderer.Form(LongPlan(2), Chinese);

        Assert.Equal(2, Texts(card).Count(t => t.StartsWith("货币代码", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_plan_of_many_key_results_in_chinese_fits_a_card_by_leaving_out_repeated_hints_and_keeps_every_input_and_error()
    {
        var form = LongPlan(8);

        var card = AdaptiveCardRenderer.Form(form, Chinese);

        Assert.True(card.ToJsonString().Length <= 20_000, $"{card.ToJsonString().Length} characters");
        Assert.Equal(form.Fields.Select(f => f.Id), Body(card).Where(e => e!["id"] is not null).Select(e => Str(e!["id"])));
        Assert.Equal("目标不能等于起点。", Str(Body(card)[Body(card).Select(e => e!["id"]?.GetValue<string>()).ToList().IndexOf("plan.kr.2.target") + 1]!["text"]));
        // The unit's help is given once, under the first row; each row's own result stays beside it.
        Assert.Equal(1, Texts(card).Count(t => t.StartsWith("货币代码", StringComparison.Ordinal)));
        Assert.Equal(8, Texts(card).Count(t => t.Contains("原因（你的话）", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_form_too_long_even_for_that_drops_its_hints_before_it_is_refused()
    {
        var form = LongPlan(11);

        var card = AdaptiveCardRenderer.Form(form, Chinese);

        Assert.True(card.ToJsonString().Length <= 20_000, $"{card.ToJsonString().Length} characters");
        Assert.Equal(form.Fields.Count, Body(card).Count(e => e!["id"] is not null));
        Assert.Contains("目标不能等于起点。", Texts(card));
        Assert.DoesNotContain(Texts(card), t => t.Contains("原因（你的话）", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_title_never_ends_a_card_without_its_text()
    {
        var reply = new MessageReply
        {
            Headline = "h",
            Sections = [.. Enumerable.Range(1, 30).Select(i => Section.Of($"Title {i}", new string('x', 1_500)))],
        };

        var cards = AdaptiveCardRenderer.Message(reply);

        Assert.True(cards.Count > 1);
        Assert.All(cards, card => Assert.False(Texts(card).Last().StartsWith("Title", StringComparison.Ordinal), "a card ends with a section title"));
    }

    [Fact]
    public void A_long_fact_value_is_shown_as_a_labelled_paragraph_instead_of_a_cramped_fact()
    {
        var value = string.Join(' ', Enumerable.Repeat("Customs held the March shipment for three weeks.", 40));
        var reply = new MessageReply { Headline = "h", Sections = [Section.WithFacts(null, [new Fact("Andy", "on track"), new Fact("Ben's causes", value)])] };

        var body = Body(Assert.Single(AdaptiveCardRenderer.Message(reply)));

        Assert.Equal(["TextBlock", "FactSet", "TextBlock", "TextBlock"], body.Select(e => Str(e!["type"])));
        Assert.Equal(("Ben's causes", "Bolder"), (Str(body[2]!["text"]), Str(body[2]!["weight"])));
        Assert.Equal(value, Str(body[3]!["text"]));
    }

    private static FormReply CheckInForm(string? error = null) => new()
    {
        FormId = "checkin|weekly-checkin|2026-Q4|8",
        Title = "Weekly check-in: week 8 of the quarter",
        Intro = "Where does each key result stand?",
        Fields =
        [
            new FormField("kr.1.progress.value", "US revenue: value now", FieldKind.Amount, Required: true, Value: "abc", Error: "I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", Hint: "Target US$24.7M.", Unit: "USD", Group: "kr.1"),
            new FormField("kr.1.progress.confidence", "Confidence for US revenue", FieldKind.Choice, Required: false, Value: "at-risk", Choices: [new Choice("on-track", "On track"), new Choice("at-risk", "At risk")], Group: "kr.1"),
            new FormField("kr.2.progress.value", "EU orders: value now", FieldKind.Number, Required: false, Value: "3,4 Mio. €", Unit: "EUR", Group: "kr.2"),
            new FormField("blockers", "Blockers this week", FieldKind.MultilineText, Required: false),
        ],
        SubmitLabel = "Save check-in",
        Error = error,
    };

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static JsonObject InputWithId(JsonObject card, string id) =>
        Body(card).Single(e => e!["id"]?.GetValue<string>() == id)!.AsObject();

    [Fact]
    public void A_form_becomes_a_card_with_a_labelled_input_per_field_and_the_values_kept()
    {
        var card = AdaptiveCardRenderer.Form(CheckInForm(), English);

        Assert.Equal(("1.5", "Full"), (Str(card["version"]), Str(card["msteams"]!["width"])));
        Assert.Equal(["Weekly check-in: week 8 of the quarter", "Where does each key result stand?"], Texts(card).Take(2));

        var value = InputWithId(card, "kr.1.progress.value");
        Assert.Equal(("Input.Text", "US revenue: value now (USD)", "abc", true), (Str(value["type"]), Str(value["label"]), Str(value["value"]), value["isRequired"]!.GetValue<bool>()));
        Assert.False(value["isMultiline"]!.GetValue<bool>());

        var confidence = InputWithId(card, "kr.1.progress.confidence");
        Assert.Equal(("Input.ChoiceSet", "compact", "at-risk", false), (Str(confidence["type"]), Str(confidence["style"]), Str(confidence["value"]), confidence["isRequired"]!.GetValue<bool>()));
        Assert.Equal([("On track", "on-track"), ("At risk", "at-risk")], confidence["choices"]!.AsArray().Select(c => (Str(c!["title"]), Str(c["value"]))));

        // Amounts and numbers take text, so "3,4 Mio. €" reaches the engine's parser as typed.
        var orders = InputWithId(card, "kr.2.progress.value");
        Assert.Equal(("Input.Text", "EU orders: value now (EUR)", "3,4 Mio. €"), (Str(orders["type"]), Str(orders["label"]), Str(orders["value"])));
        Assert.True(orders["separator"]!.GetValue<bool>());

        var blockers = InputWithId(card, "blockers");
        Assert.True(blockers["isMultiline"]!.GetValue<bool>());
        Assert.Null(blockers["value"]);
    }

    [Fact]
    public void A_required_field_left_empty_is_noted_in_the_readers_language()
    {
        var form = CheckInForm() with { Fields = [new FormField("blockers", "Blockers this week", FieldKind.MultilineText, Required: true)] };

        Assert.Equal("Blockers this week is required.", Str(InputWithId(AdaptiveCardRenderer.Form(form, English), "blockers")["errorMessage"]));
        Assert.Equal("请填写Blockers this week。", Str(InputWithId(AdaptiveCardRenderer.Form(form, CultureInfo.GetCultureInfo("zh-CN")), "blockers")["errorMessage"]));
    }

    [Fact]
    public void A_fields_error_sits_right_under_its_input_in_attention_colour_with_the_hint_after_it()
    {
        var card = AdaptiveCardRenderer.Form(CheckInForm("Fill in at least one key result."), English);
        var body = Body(card);
        var at = body.Select((e, i) => (e, i)).Single(x => x.e!["id"]?.GetValue<string>() == "kr.1.progress.value").i;

        const string error = "I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.";
        Assert.Equal((error, "Attention"), (Str(body[at + 1]!["text"]), Str(body[at + 1]!["color"])));
        Assert.Equal(error, Str(body[at]!["errorMessage"]));
        Assert.Equal(("Target US$24.7M.", true), (Str(body[at + 2]!["text"]), body[at + 2]!["isSubtle"]!.GetValue<bool>()));

        var formError = body.Single(e => e!["text"]?.GetValue<string>() == "Fill in at least one key result.")!;
        Assert.Equal("Attention", Str(formError["color"]));
        Assert.True(body.IndexOf(formError) < at);

        // Fields without an error have no red text under them.
        Assert.Equal(2, body.Count(e => e!["color"]?.GetValue<string>() == "Attention"));
    }

    [Fact]
    public void A_form_is_submitted_with_action_execute_carrying_the_verb_and_form_id_and_a_submit_fallback()
    {
        var card = AdaptiveCardRenderer.Form(CheckInForm(), English);

        var submit = Body(card).Last()!["actions"]!.AsArray().Single()!;
        Assert.Equal(("Action.Execute", "Save check-in", "form.submit"), (Str(submit["type"]), Str(submit["title"]), Str(submit["verb"])));
        Assert.Equal("""{"formId":"checkin|weekly-checkin|2026-Q4|8"}""", submit["data"]!.ToJsonString());
        Assert.Equal(("Action.Submit", """{"formId":"checkin|weekly-checkin|2026-Q4|8"}"""), (Str(submit["fallback"]!["type"]), submit["fallback"]!["data"]!.ToJsonString()));
    }

    [Fact]
    public void Submitted_values_are_read_back_from_an_execute_invoke_keyed_by_field_id()
    {
        var invokeValue = JsonNode.Parse("""
            {"action":{"type":"Action.Execute","verb":"form.submit","data":{
              "formId":"checkin|weekly-checkin|2026-Q4|8","kr.1.progress.value":"13.9M","kr.1.progress.confidence":"at-risk","blockers":"",
              "msteams":{"type":"task/fetch"},"count":3,"flag":true}},
             "trigger":"manual"}
            """)!.AsObject();

        var (formId, values) = AdaptiveCardRenderer.FormValues(invokeValue)!.Value;

        Assert.Equal("checkin|weekly-checkin|2026-Q4|8", formId);
        Assert.Equal(
            new Dictionary<string, string> { ["kr.1.progress.value"] = "13.9M", ["kr.1.progress.confidence"] = "at-risk", ["blockers"] = "" },
            values);
    }

    [Fact]
    public void Submitted_values_are_read_back_from_a_submit_messages_value()
    {
        var value = JsonNode.Parse("""{"formId":"f1","kr.2.progress.value":"3,4 Mio. €"}""")!.AsObject();

        var (formId, values) = AdaptiveCardRenderer.FormValues(value)!.Value;

        Assert.Equal(("f1", "3,4 Mio. €"), (formId, values["kr.2.progress.value"]));
    }

    [Theory]
    [InlineData("""{"action":"checkin.open"}""")]
    [InlineData("""{"formId":42,"a":"b"}""")]
    [InlineData("""{"formId":""}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"checkin.open","data":{"action":"checkin.open"}}}""")]
    public void Data_without_a_form_id_is_not_a_form_submission(string json)
    {
        Assert.Null(AdaptiveCardRenderer.FormValues(JsonNode.Parse(json)!.AsObject()));
    }

    [Fact]
    public void A_rendered_form_round_trips_through_its_own_submit_data()
    {
        var card = AdaptiveCardRenderer.Form(CheckInForm(), English);
        var data = Body(card).Last()!["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["kr.1.progress.value"] = "13.9M";

        Assert.Equal("checkin|weekly-checkin|2026-Q4|8", AdaptiveCardRenderer.FormValues(data)!.Value.FormId);
    }

    [Fact]
    public void Invoke_responses_carry_a_card_or_a_message_with_status_200()
    {
        var card = AdaptiveCardRenderer.Form(CheckInForm(), English);

        var withCard = AdaptiveCardInvokeResponse.Card(card);
        var withMessage = AdaptiveCardInvokeResponse.Message("Saved.");
        var error = AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Unknown form.");

        Assert.Equal((200, "application/vnd.microsoft.card.adaptive", "AdaptiveCard"), (withCard["statusCode"]!.GetValue<int>(), Str(withCard["type"]), Str(withCard["value"]!["type"])));
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Saved."}""", withMessage.ToJsonString());
        Assert.Equal("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"Unknown form."}}""", error.ToJsonString());
    }
}
