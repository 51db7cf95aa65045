using System.Globalization;
using System.Text.Json.Nodes;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Periods;
using ReviewBot.Slack.Blocks;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.Tests.Blocks;

/// <summary>
/// The planning form in a Slack modal: one group of fields per key result (keep it, objective, title, unit, start,
/// target, basis), a long intro with the lessons, and as many rows as the member proposed: within Block Kit's limits.
/// </summary>
public class PlanFormModalTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly string FormId = FormIds.Plan(PlanFormKind.Proposal, new Quarter(2027, 1), "andy");

    /// <summary>A plan form shaped as Core builds it: <paramref name="rows"/> groups of seven fields.</summary>
    private static FormReply PlanForm(int rows, string? intro = null, string? error = null) => new()
    {
        FormId = FormId,
        Title = "Plan 2027-Q1",
        Intro = intro ?? "Your key results for 2027-Q1, from where 2026-Q4 ended.",
        Error = error,
        Fields = [.. Enumerable.Range(0, rows).SelectMany(Row)],
        SubmitLabel = "Propose",
    };

    private static IEnumerable<FormField> Row(int n)
    {
        var group = $"plan.new.{n}";
        FormField Field(string part, string label, FieldKind kind, string? value = null, IReadOnlyList<Choice>? choices = null) =>
            new($"{group}.{part}", label, kind, Required: false, value, Choices: choices, Group: group);
        yield return Field("objective", $"Objective of new key result {n + 1}", FieldKind.Choice, "grow", [new Choice("grow", "Grow export revenue"), new Choice("new", "A new objective")]);
        yield return Field("objective-title", "New objective's title", FieldKind.Text);
        yield return Field("title", $"New key result {n + 1}", FieldKind.Text);
        yield return Field("unit", "Unit", FieldKind.Text);
        yield return Field("start", "Start", FieldKind.Amount);
        yield return Field("target", "Target", FieldKind.Amount);
        yield return Field("basis", "Why this target", FieldKind.MultilineText);
    }

    private static List<string> Types(JsonObject view) => [.. view["blocks"]!.AsArray().Select(b => b!["type"]!.GetValue<string>())];

    [Fact]
    public void A_divider_goes_between_the_key_results_of_a_plan_form_and_no_block_id_comes_twice()
    {
        var view = BlockKitRenderer.Modal(PlanForm(rows: 3), "{}", English);

        var types = Types(view);
        Assert.Equal(2, types.Count(t => t == "divider"));
        Assert.Equal(21, types.Count(t => t == "input"));
        Assert.Equal("input", types[types.IndexOf("divider") + 1]);
        var ids = view["blocks"]!.AsArray().Select(b => b!["block_id"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_form_that_fits_only_without_dividers_opens_without_them()
    {
        // 13 rows are 91 inputs and the intro: 92 blocks, 104 with the 12 dividers.
        var form = PlanForm(rows: 13);

        var view = BlockKitRenderer.Modal(form, "{}", English);

        Assert.True(BlockKitRenderer.FitsModal(form));
        Assert.DoesNotContain("divider", Types(view));
        Assert.Equal(91, Types(view).Count(t => t == "input"));
        Assert.InRange(Types(view).Count, 1, 100);
    }

    [Fact]
    public void A_form_longer_than_any_modal_is_offered_as_a_message_with_its_text_dialog_instead()
    {
        var form = PlanForm(rows: 15);

        var message = SlackResponder.FormAsButton(form, English);

        Assert.False(BlockKitRenderer.FitsModal(form));
        Assert.Throws<InvalidOperationException>(() => BlockKitRenderer.Modal(form, "{}", English));
        Assert.Equal([(ActionIds.PlanByText, "2027-Q1")], message.Buttons.Select(b => (b.ActionId, b.Value)));
        Assert.Contains(message.Sections, s => s.Text!.Contains("This form has 105 fields, more than a Slack window holds", StringComparison.Ordinal));
        Assert.All(BlockKitRenderer.Message(message), m => Assert.InRange(m.Blocks.Count, 1, 50));
    }

    [Fact]
    public void A_chinese_reader_is_told_in_chinese_that_the_form_is_too_long()
    {
        var message = SlackResponder.FormAsButton(PlanForm(rows: 15), CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Contains(message.Sections, s => s.Text!.StartsWith("这个表单有 105 个字段", StringComparison.Ordinal));
        Assert.Equal("直接在这里逐项回答", Assert.Single(message.Buttons).Label);
    }

    [Fact]
    public void A_long_intro_and_a_long_form_error_are_split_into_sections_within_slacks_limit_and_nothing_is_lost()
    {
        var lessons = string.Join("\n", Enumerable.Range(1, 60).Select(n => $"Lesson {n}: the distributors in Germany sign only after a visit, so book the trips early."));
        var error = string.Join(" ", Enumerable.Range(1, 400).Select(n => $"problem{n}"));

        var view = BlockKitRenderer.Modal(PlanForm(rows: 2, intro: lessons, error: error), "{}", English);

        var sections = view["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "section").Select(b => b!["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.True(sections.Count >= 3);
        Assert.All(sections, s => Assert.InRange(s.Length, 1, 3000));
        var all = string.Join("\n", sections);
        Assert.Contains("Lesson 60:", all, StringComparison.Ordinal);
        Assert.Contains("problem400", all, StringComparison.Ordinal);
    }
}
