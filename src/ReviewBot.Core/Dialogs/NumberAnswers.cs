using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// Reads and checks the answer to a <see cref="NumberQuestion"/>, the same way in the form and in the text dialog:
/// in its unit (the stream's currency for a GMV), never negative, a count whole, a percentage from 0 to 100, and a
/// stream's peak concurrent viewers no more than its viewers.
/// </summary>
public static class NumberAnswers
{
    /// <param name="answered">The value already given for another question of the template, by its id; null when there is none.</param>
    public static NumberReading Read(CheckInContext context, NumberQuestion question, string raw, Func<string, decimal?> answered)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answered);
        var culture = context.Culture;
        var unit = context.UnitOf(question);
        var prompt = question.Prompt(culture);
        var parsed = ValueParser.Parse(raw, unit, culture, prompt);
        if (!parsed.IsSuccess)
        {
            return new NumberReading(null, parsed.Error.Message);
        }

        var value = parsed.Value;
        var example = TemplateForm.Example(unit, culture);
        if (value < 0)
        {
            return new NumberReading(null, DialogText.NumberNegative(culture, prompt, example));
        }

        if (unit is CountUnit && value != decimal.Truncate(value))
        {
            return new NumberReading(null, DialogText.CountNotWhole(culture, prompt, Show(context, question, value, culture), example));
        }

        if (unit is PercentageUnit && value > 100m)
        {
            return new NumberReading(null, DialogText.PercentageAbove100(culture, prompt, ValueFormatter.Format(value, unit, culture), example));
        }

        if (question.Id == StreamMetrics.PeakViewers
            && context.Template.Questions.OfType<NumberQuestion>().FirstOrDefault(q => q.Id == StreamMetrics.Viewers) is { } viewersQuestion
            && answered(StreamMetrics.Viewers) is { } viewers
            && value > viewers)
        {
            return new NumberReading(null, DialogText.PeakAboveViewers(
                culture,
                Show(context, question, value, culture),
                Show(context, viewersQuestion, viewers, culture)));
        }

        return new NumberReading(value, null);
    }

    /// <summary>The value of an answer that reads and passes its own checks; null otherwise. What other answers are checked against.</summary>
    public static decimal? ValueOf(CheckInContext context, string questionId, string? raw)
    {
        ArgumentNullException.ThrowIfNull(context);
        return raw is { Length: > 0 } && context.Template.Questions.OfType<NumberQuestion>().FirstOrDefault(q => q.Id == questionId) is { } question
            ? Read(context, question, raw, _ => null).Value
            : null;
    }

    /// <summary>How a number answer is shown back: in its unit and the reader's culture.</summary>
    public static string Show(CheckInContext context, NumberQuestion question, decimal value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = context.UnitOf(question);
        // A count's name is the template's word ("viewers"); the question beside it says what is counted.
        return unit is CountUnit ? NumberText.Grouped(value, culture) : ValueFormatter.Format(value, unit, culture);
    }
}

/// <summary>A number answer read: its value, or what was wrong with it and what would work. Exactly one is set.</summary>
public sealed record NumberReading(decimal? Value, string? Error);
