using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>
/// One stream's figures as its review recorded them: its numbers (<see cref="StreamNumbers"/>, the host's first),
/// each rating's average over the reviewers who gave it, and who answered. The review post and the trend across
/// streams both read a stream through here, so they never disagree about one.
/// </summary>
public sealed record StreamFigures(
    LiveStream Stream,
    ReviewTemplate Template,
    IReadOnlyDictionary<string, decimal> Numbers,
    IReadOnlyDictionary<string, RatingAverage> Ratings,
    IReadOnlyList<string> AuthorIds)
{
    public bool Answered => AuthorIds.Count > 0;

    public static StreamFigures Of(LiveStream stream, ReviewTemplate template, IEnumerable<ReviewAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(template);
        var own = answers.Where(a => a.SubjectId == stream.Id).ToList();
        var ratings = new Dictionary<string, RatingAverage>(StringComparer.Ordinal);
        foreach (var question in template.Questions.OfType<RatingQuestion>())
        {
            var given = own.Where(a => a.QuestionId == question.Id)
                .Select(a => decimal.TryParse(a.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
                .OfType<decimal>()
                .ToList();
            if (given.Count > 0)
            {
                ratings[question.Id] = new RatingAverage(given.Average(), given.Count);
            }
        }

        var authors = own.OrderBy(a => a.RecordedAt).Select(a => a.AuthorMemberId).Distinct(StringComparer.Ordinal).ToList();
        return new StreamFigures(stream, template, StreamNumbers.Of(stream, template, own), ratings, authors);
    }

    /// <summary>The average of every rating given about the stream, all parts together; null when none was.</summary>
    public decimal? AverageRating
    {
        get
        {
            var count = Ratings.Values.Sum(r => r.Count);
            return count == 0 ? null : Ratings.Values.Sum(r => r.Average * r.Count) / count;
        }
    }

    /// <summary>The currency a number question of the template is answered in, or null when it is not money.</summary>
    public string? CurrencyOf(NumberQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Unit switch
        {
            CurrencyUnit when question.InSubjectCurrency => Stream.Currency,
            CurrencyUnit money => money.IsoCode,
            _ => null,
        };
    }

    /// <summary>
    /// A number as it compares with targets and other streams: money in the team's reporting currency, at the
    /// rate of the stream's quarter. Null when it was not given, or is money in a currency the team has no rate for.
    /// </summary>
    public decimal? Comparable(string questionId, Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (!Numbers.TryGetValue(questionId, out var value))
        {
            return null;
        }

        var question = Template.Questions.OfType<NumberQuestion>().FirstOrDefault(q => q.Id == questionId);
        if (question is null || CurrencyOf(question) is not { } currency)
        {
            return value;
        }

        try
        {
            return team.ExchangeRates.ToReporting(value, currency, team.ReportingCurrency, Stream.Quarter);
        }
        catch (MissingExchangeRateException)
        {
            return null;
        }
    }
}

/// <summary>A rating question's average over the answers that gave it.</summary>
public sealed record RatingAverage(decimal Average, int Count);
