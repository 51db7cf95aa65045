using System.Globalization;
using System.Text.Json.Nodes;
using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Blocks;

namespace ReviewBot.Slack.Tests.Blocks;

public class BlockKitRendererTests
{
    private static IEnumerable<string> Texts(JsonArray blocks) =>
        blocks.SelectMany(b => new[] { b!["text"]?["text"]?.GetValue<string>() }
            .Concat((b["fields"] as JsonArray ?? []).Select(f => f!["text"]!.GetValue<string>()))
            .Concat((b["elements"] as JsonArray ?? []).Select(e => e!["text"] is JsonValue v ? v.GetValue<string>() : e["text"]?["text"]?.GetValue<string>())))
        .OfType<string>();

    [Fact]
    public void A_message_becomes_a_header_sections_with_fields_context_and_buttons()
    {
        var reply = new MessageReply
        {
            Headline = "Export Sales · week 8",
            Sections = [Section.WithFacts("Check-ins", [new Fact("Checked in", "Andy <Miller> & Ben")])],
            Context = ["Type review remind to nudge."],
            Buttons = [new Button("Check in", ActionIds.OpenCheckIn, Style: ButtonStyle.Primary), new Button("Edit", ActionIds.EditKeyResult, "kr-1")],
        };

        var message = Assert.Single(BlockKitRenderer.Message(reply));

        Assert.Equal("Export Sales · week 8", message.Text);
        Assert.Equal(["header", "section", "section", "context", "actions"], message.Blocks.Select(b => b!["type"]!.GetValue<string>()));
        Assert.Equal("*Check-ins*", message.Blocks[1]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("*Checked in*\nAndy &lt;Miller&gt; &amp; Ben", message.Blocks[2]!["fields"]![0]!["text"]!.GetValue<string>());
        var buttons = message.Blocks[4]!["elements"]!.AsArray();
        Assert.Equal(("checkin.open", "primary"), (buttons[0]!["action_id"]!.GetValue<string>(), buttons[0]!["style"]!.GetValue<string>()));
        Assert.Equal(("okrs.keyresult.edit|kr-1", "kr-1"), (buttons[1]!["action_id"]!.GetValue<string>(), buttons[1]!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void Long_text_is_split_into_sections_within_the_limit_and_nothing_is_lost()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"• Line {i} of a long quarter review with causes and lessons").ToList();
        var reply = new MessageReply { Headline = "Review", Sections = [Section.Of("3. Causes", string.Join('\n', lines))] };

        var blocks = BlockKitRenderer.Message(reply).SelectMany(m => m.Blocks).ToList();

        var sectionTexts = blocks.Where(b => b!["type"]!.GetValue<string>() == "section").Select(b => b!["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.True(sectionTexts.Count > 1);
        Assert.All(sectionTexts, t => Assert.True(t.Length <= 3000, $"{t.Length} characters"));
        Assert.Equal(string.Join('\n', lines.Prepend("*3. Causes*")), string.Join('\n', sectionTexts));
    }

    [Fact]
    public void A_message_with_more_than_fifty_blocks_is_sent_as_several_messages()
    {
        var reply = new MessageReply
        {
            Headline = "Quarter review",
            Sections = [.. Enumerable.Range(1, 70).Select(i => Section.Of($"Objective {i}", $"Basis {i}"))],
        };

        var messages = BlockKitRenderer.Message(reply);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.True(m.Blocks.Count <= 50));
        Assert.Equal(["Quarter review (1/2)", "Quarter review (2/2)"], messages.Select(m => m.Text));
        var all = messages.SelectMany(m => Texts(m.Blocks)).ToList();
        Assert.All(Enumerable.Range(1, 70), i => Assert.Contains($"*Objective {i}*\nBasis {i}", all));
    }

    [Fact]
    public void A_long_review_is_split_so_no_message_passes_slacks_whole_message_limit()
    {
        var text = string.Join('\n', Enumerable.Range(1, 200).Select(i => $"• Cause {i}: the distributor's order moved to next quarter after a customs delay"));
        var reply = new MessageReply { Headline = "Quarter review", Sections = [Section.Of("3. Causes", text), Section.Of("4. Lessons", text)] };

        var messages = BlockKitRenderer.Message(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(m.Blocks.ToJsonString().Length <= 11_500, $"{m.Blocks.ToJsonString().Length} characters"));
        var shown = string.Join('\n', messages.SelectMany(m => Texts(m.Blocks)));
        Assert.All(text.Split('\n'), line => Assert.Equal(2, shown.Split('\n').Count(l => l == line)));
    }

    [Fact]
    public void Eleven_facts_take_two_sections_of_at_most_ten_fields()
    {
        var reply = new MessageReply { Headline = "h", Sections = [Section.WithFacts(null, [.. Enumerable.Range(1, 11).Select(i => new Fact($"KR {i}", "x"))])] };

        var blocks = Assert.Single(BlockKitRenderer.Message(reply)).Blocks;

        Assert.Equal([10, 1], blocks.Skip(1).Select(b => b!["fields"]!.AsArray().Count));
    }

    private static FormReply CheckInForm(string? error = null) => new()
    {
        FormId = "checkin|weekly-checkin|2026-Q4|8",
        Title = "Weekly check-in: week 8 of the quarter",
        Intro = "Where does each key result stand?",
        Fields =
        [
            new FormField("kr.1.progress.value", "US revenue: value now", FieldKind.Amount, Required: false, Value: "abc", Error: "I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", Hint: "Target US$24.7M.", Unit: "USD"),
            new FormField("kr.1.progress.confidence", "Confidence for US revenue", FieldKind.Choice, Required: false, Value: "at-risk", Choices: [new Choice("on-track", "On track"), new Choice("at-risk", "At risk")]),
            new FormField("blockers", "Blockers this week", FieldKind.MultilineText, Required: false),
        ],
        SubmitLabel = "Save check-in",
        Error = error,
    };

    [Fact]
    public void A_form_becomes_a_modal_with_an_input_block_per_field_and_the_inputs_kept()
    {
        var view = BlockKitRenderer.Modal(CheckInForm(), "{\"channel\":\"D1\"}", CultureInfo.GetCultureInfo("en-US"));
        Assert.Equal("Cancel", view["close"]!["text"]!.GetValue<string>());

        Assert.Equal("checkin|weekly-checkin|2026-Q4|8", view["callback_id"]!.GetValue<string>());
        Assert.Equal("Weekly check-in: week 8…", view["title"]!["text"]!.GetValue<string>());
        var blocks = view["blocks"]!.AsArray();
        Assert.Equal("Weekly check-in: week 8 of the quarter", blocks[0]!["text"]!["text"]!.GetValue<string>());
        var value = blocks.Single(b => b!["block_id"]?.GetValue<string>() == "kr.1.progress.value")!;
        Assert.Equal("US revenue: value now (USD)", value["label"]!["text"]!.GetValue<string>());
        Assert.Equal("abc", value["element"]!["initial_value"]!.GetValue<string>());
        Assert.True(value["optional"]!.GetValue<bool>());
        var confidence = blocks.Single(b => b!["block_id"]?.GetValue<string>() == "kr.1.progress.confidence")!;
        Assert.Equal("at-risk", confidence["element"]!["initial_option"]!["value"]!.GetValue<string>());
        Assert.True(blocks.Single(b => b!["block_id"]?.GetValue<string>() == "blockers")!["element"]!["multiline"]!.GetValue<bool>());
    }

    [Fact]
    public void A_modal_for_a_chinese_reader_closes_with_a_chinese_label()
    {
        var view = BlockKitRenderer.Modal(CheckInForm(), "{}", CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Equal("取消", view["close"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Errors_are_answered_keyed_by_block_with_a_form_wide_error_beside_the_first_field()
    {
        var errors = BlockKitRenderer.Errors(CheckInForm("Fill in at least one key result."));

        Assert.Equal("errors", errors["response_action"]!.GetValue<string>());
        Assert.Equal(
            "Fill in at least one key result. I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.",
            errors["errors"]!["kr.1.progress.value"]!.GetValue<string>());
        Assert.Single(errors["errors"]!.AsObject());
    }
}
