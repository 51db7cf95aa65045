using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Host.Import;

namespace ReviewBot.Host.Tests.Import;

/// <summary>The team file's streams, the team's own templates and key results fed by streams, as the reader checks them.</summary>
public class StreamSectionReaderTests
{
    private static string FileText(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Files", name));

    private static string LiveSelling => FileText("live-selling.yaml");

    private static OkrFile ReadValid(string yaml)
    {
        var (file, errors) = OkrFileReader.Read(yaml);
        Assert.Empty(errors);
        return file!;
    }

    private static IReadOnlyList<string> ErrorsOf(string yaml)
    {
        var (file, errors) = OkrFileReader.Read(yaml);
        Assert.Null(file);
        return [.. errors.Select(e => e.ToString())];
    }

    [Fact]
    public void Reads_the_live_selling_demo_with_its_stream_rules_schedule_template_and_feeds()
    {
        var file = ReadValid(LiveSelling);

        var rules = file.Streams!.Rules;
        Assert.Equal((TimeSpan.FromMinutes(30), TimeSpan.FromHours(24), "live-stream"), (rules.ReviewDelay, rules.AnswerWindow, rules.TemplateId));
        Assert.Equal(new Dictionary<string, decimal> { ["gmv"] = 40_000m, ["orders"] = 500m, ["conversion"] = 3.5m, ["viewers"] = 20_000m }, rules.Targets);
        var first = file.Streams.Schedule[0];
        Assert.Equal(("winter-coats-1", new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.FromHours(8)), TimeSpan.FromMinutes(90), "EUR"), (first.Stream.Key, first.Stream.StartsAt, first.Stream.Duration, first.Stream.Currency));
        Assert.Equal((new Quarter(2026, 4), 10), (first.Stream.Quarter, first.Stream.WeekNumber));
        Assert.Equal("zhou.min@example.com", first.HostEmail);
        Assert.Equal(["chen.jie@example.com"], first.CrewEmails);
        var quick = file.Streams.Schedule.Single(s => s.Stream.Key == "accessories-quick");
        Assert.Equal(("quick-stream", "USD"), (quick.Stream.TemplateId, quick.Stream.Currency));

        var template = Assert.Single(file.Templates!);
        Assert.Equal(("quick-stream", ReviewSubject.LiveStream), (template.Id, template.Subject));
        Assert.Equal(["numbers", "goods"], template.Parts.Select(p => p.Id));
        Assert.Equal([QuestionKind.Number, QuestionKind.Number, QuestionKind.Rating, QuestionKind.Choice, QuestionKind.Text], template.Questions.Select(q => q.Kind));
        Assert.Equal(["外套", "鞋", "配饰"], template.Questions.Single(q => q.Id == "best-seller").Choices);
        Assert.False(template.Questions.Single(q => q.Id == "change").Required);
        var asked = template.ToTemplate().Questions.OfType<NumberQuestion>().Single(q => q.Id == "gmv");
        Assert.True(asked.InSubjectCurrency);

        var keyResults = file.Objectives.SelectMany(o => o.KeyResults).Select(k => k.KeyResult).ToDictionary(k => k.Key);
        Assert.Equal(new KeyResultFeed("gmv"), keyResults["live-gmv"].Feed);
        Assert.Equal(new KeyResultFeed("orders"), keyResults["live-orders"].Feed);
        Assert.Null(keyResults["repeat-buyers"].Feed);
    }

    [Fact]
    public void A_file_without_streams_or_templates_leaves_both_alone()
    {
        var file = ReadValid(FileText("export-sales.yaml"));

        Assert.Null(file.Streams);
        Assert.Null(file.Templates);
    }

    [Fact]
    public void Lists_every_stream_and_template_error_of_a_file_each_with_its_line_and_field()
    {
        Assert.Equal(
            [
                "line 7, templates[0].id: 'live-stream' is a built-in template's id; give the team's own template another, like live-stream-ours.",
                "line 15, templates[1].questions[0].unit: a number needs a unit: an ISO 4217 code like EUR, currency for the stream's currency, % or what is counted, like orders.",
                "line 16, templates[1].questions[1].id: another question of this template already has the id 'gmv'.",
                "line 17, templates[1].questions[2].id: 'GMV!' should be lower-case letters, digits and dashes, like gmv or goods-comment.",
                "line 18, templates[1].questions[3].kind: 'slider' is not a kind of question. Use number, rating, choice or text.",
                "line 19, templates[1].questions[4].choices: a choice question needs at least two choices.",
                "line 20, templates[1].questions[5].part: 'goods' is not a part of this template (declared parts: numbers).",
                "line 21, templates[2].id: another template here already has the id 'quick'.",
                "line 23, templates[2].questions: a template needs at least one question.",
                "line 25, streams.reviewDelai: is not a field ReviewBot knows. Did you mean 'reviewDelay'?",
                "line 26, streams.targets.likes: 'likes' is not a number the template live-stream asks for. Use one of: viewers, peak-viewers, watch-time, orders, gmv, conversion.",
                "line 28, streams.schedule[0].title: is missing.",
                "line 34, streams.schedule[1].start: '3 December, 8pm' is not a start. Write the date and 24-hour time in the team's time zone, like \"2026-12-03 20:00\".",
                "line 35, streams.schedule[1].duration: 'forever' is not a duration. Write hours and minutes, like 90m, 24h or 1h30m, more than zero.",
                "line 36, streams.schedule[1].host: 'nobody@example.com' is not the e-mail of a member in this file. Use one of: lin@example.com.",
                "line 37, streams.schedule[1].crew[0]: 'ghost@example.com' is not the e-mail of a member in this file. Use one of: lin@example.com.",
                "line 38, streams.schedule[1].template: 'fancy' is not a template a stream can be reviewed with. Use one of: live-stream, quick.",
                "line 45, objectives[0].keyResults[0].feed: 'likes' is not a number the stream template live-stream asks for. Use one of: live-streams.viewers, live-streams.peak-viewers, live-streams.watch-time, live-streams.orders, live-streams.gmv, live-streams.conversion.",
                "line 46, objectives[0].keyResults[1].feed: gmv is money; a key result fed by it needs unit: { currency: … }.",
            ],
            ErrorsOf(FileText("stream-errors.yaml")));
    }

    [Theory]
    [InlineData("feed: live-streams.conversion", "conversion is a percentage; percentages of separate streams do not add up.")]
    [InlineData("feed: streams.gmv", "'streams.gmv' is not a feed. Write live-streams. and a number of the stream review")]
    public void A_feed_that_cannot_be_summed_is_an_error_on_its_line(string feed, string message)
    {
        var yaml = LiveSelling.Replace("feed: live-streams.orders", feed, StringComparison.Ordinal);

        var error = Assert.Single(ErrorsOf(yaml));
        var line = LiveSelling.Split('\n').ToList().FindIndex(l => l.Contains("feed: live-streams.orders", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"line {line}, objectives[0].keyResults[1].feed: {message}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_money_feed_needs_a_key_result_in_a_currency_any_currency_and_a_count_feed_a_count()
    {
        var euro = LiveSelling.Replace("exchangeRates:\n  EUR: 1.16", "exchangeRates:\n  EUR: 1.16\n  GBP: 1.3", StringComparison.Ordinal)
            .Replace("unit: { currency: USD }", "unit: { currency: GBP }", StringComparison.Ordinal);
        Assert.Equal(new KeyResultFeed("gmv"), ReadValid(euro).Objectives[0].KeyResults[0].KeyResult.Feed);

        var count = LiveSelling.Replace("feed: live-streams.orders", "feed: live-streams.gmv", StringComparison.Ordinal);
        Assert.Contains("gmv is money; a key result fed by it needs unit: { currency: … }.", Assert.Single(ErrorsOf(count)), StringComparison.Ordinal);

        var percent = LiveSelling.Replace("unit: { count: orders }", "unit: percent", StringComparison.Ordinal);
        Assert.Contains("orders is a count; a key result fed by it needs unit: { count: … }.", Assert.Single(ErrorsOf(percent)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_selling_in_a_currency_without_a_rate_is_an_error()
    {
        var yaml = LiveSelling.Replace("      currency: EUR\n    - key: boots-night", "      currency: GBP\n    - key: boots-night", StringComparison.Ordinal);

        Assert.Contains("streams.schedule[0].currency: there is no exchange rate for GBP", Assert.Single(ErrorsOf(yaml)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_and_targets_follow_the_teams_own_stream_template()
    {
        var yaml = LiveSelling.Replace("  template: live-stream       #", "  template: quick-stream      #", StringComparison.Ordinal);

        var errors = ErrorsOf(yaml);

        // quick-stream asks for gmv and orders only: the conversion and viewers targets have nothing to aim.
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("is not a number the template quick-stream asks for. Use one of: gmv, orders.", e, StringComparison.Ordinal));
    }
}
