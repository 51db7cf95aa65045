using System.Globalization;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>
/// A stream's review as the team's channel reads it: a headline naming the stream and when it ran in the team's
/// zone, then one section each for the numbers, the ratings, the words of every part in the template's order,
/// and who answered, with who did not named.
/// </summary>
public static class StreamReviewPost
{
    public static MessageReply Build(StreamReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        var sections = new List<Section>();
        var context = new List<string>();
        if (review.Answered.Count == 0)
        {
            sections.Add(Section.Paragraph(StreamReviewPostText.NobodyAnswered(culture)));
        }
        else
        {
            if (review.Numbers.Count > 0)
            {
                sections.Add(Section.WithFacts(StreamReviewPostText.NumbersHeading(culture), [.. review.Numbers.Select(n => new Fact(n.Question.Prompt(culture), Number(review, n, culture)))]));
            }

            if (review.Ratings.Count > 0)
            {
                sections.Add(Section.WithFacts(StreamReviewPostText.RatingsHeading(culture), [.. review.Ratings.Select(r => new Fact(r.Label(culture), Rating(r, culture)))]));
            }

            sections.AddRange(review.Words.Select(g => Words(g, culture)));
            context.Add(review.Previous.Count == 0
                ? StreamReviewPostText.FirstReviewedStream(culture)
                : StreamReviewPostText.ComparedWithPrevious(culture, review.Previous.Count));
            foreach (var currency in review.Numbers.Where(n => n.LacksRate).Select(n => n.Currency!).Distinct(StringComparer.Ordinal))
            {
                context.Add(StreamReviewPostText.NoRate(culture, currency, review.Team.ReportingCurrency, review.Stream.Quarter.ToString()));
            }
        }

        sections.Add(Reviewers(review, culture));
        return new MessageReply { Headline = Headline(review.Stream, review.Team, culture), Sections = sections, Context = context };
    }

    /// <summary>"Live-stream review: Black Friday EU, Thursday, Dec 3, 20:00–21:30", in the team's zone.</summary>
    public static string Headline(Core.Streams.LiveStream stream, People.Team team, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(team);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var start = TimeZoneInfo.ConvertTime(stream.StartsAt, zone);
        var end = TimeZoneInfo.ConvertTime(stream.EndsAt, zone);
        return StreamReviewPostText.Headline(
            culture,
            stream.Title,
            Values.DateText.Weekday(DateOnly.FromDateTime(start.DateTime), culture),
            start.ToString("HH:mm", CultureInfo.InvariantCulture),
            end.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    private static string Number(StreamReview review, StreamNumberLine line, CultureInfo culture)
    {
        var reporting = review.Team.ReportingCurrency;
        var shown = StreamValues.Number(line.Value, line.Question, line.Currency, culture);
        if (line.Currency is { } currency && !string.Equals(currency, reporting, StringComparison.OrdinalIgnoreCase) && line.Comparable is { } converted)
        {
            // A stream sold in euros reads in euros, with what that is in the currency its targets are set in.
            shown = ReaderPunctuation.Parenthesized(shown, StreamValues.Money(converted, reporting, culture), culture);
        }

        string Comparable(decimal value) => StreamValues.Comparable(value, line.Question, reporting, culture);
        var attainment = line.Attainment is { } a ? Values.ValueFormatter.FormatRatio(a, culture) : null;
        var average = line.Comparable is { } now && line.PreviousAverage is { } before ? (Arrow: StreamValues.Arrow(now, before, rating: false), Average: Comparable(before)) : default((string Arrow, string Average)?);
        return (attainment, average) switch
        {
            ({ } reached, { } trend) => StreamReviewPostText.NumberWithTargetAndAverage(culture, shown, reached, Comparable(line.Target!.Value), trend.Arrow, trend.Average),
            ({ } reached, null) => StreamReviewPostText.NumberWithTarget(culture, shown, reached, Comparable(line.Target!.Value)),
            (null, { } trend) => StreamReviewPostText.NumberWithAverage(culture, shown, trend.Arrow, trend.Average),
            _ => shown,
        };
    }

    private static string Rating(StreamRatingLine line, CultureInfo culture)
    {
        if (line.Now is not { } now)
        {
            return StreamReviewPostText.NotRated(culture);
        }

        var average = StreamValues.Rating(now.Average, culture);
        var highest = line.Question.Highest.ToString(culture);
        if (line.PreviousAverage is { } before)
        {
            var arrow = StreamValues.Arrow(now.Average, before, rating: true);
            var earlier = StreamValues.Rating(before, culture);
            return now.Count == 1
                ? StreamReviewPostText.RatingFromOneWithAverage(culture, average, highest, arrow, earlier)
                : StreamReviewPostText.RatingFromManyWithAverage(culture, average, highest, now.Count, arrow, earlier);
        }

        return now.Count == 1 ? StreamReviewPostText.RatingFromOne(culture, average, highest) : StreamReviewPostText.RatingFromMany(culture, average, highest, now.Count);
    }

    /// <summary>One part's words: under its title, each line with who wrote it; a part of several questions names each.</summary>
    private static Section Words(StreamWordsGroup group, CultureInfo culture)
    {
        var title = group.Title?.Invoke(culture) ?? StreamReviewPostText.OtherWords(culture);
        string Lines(StreamWords words) => string.Join('\n', words.Said.Select(w => ReaderPunctuation.Said(w.AuthorName ?? ReviewHeadings.FormerMember(culture), w.Text, culture)));
        return group.Questions.Count == 1
            ? Section.Of(title, Lines(group.Questions[0]))
            : Section.WithFacts(title, [.. group.Questions.Select(q => new Fact(q.Question.Prompt(culture), Lines(q)))]);
    }

    private static Section Reviewers(StreamReview review, CultureInfo culture)
    {
        string Names(IEnumerable<string?> names) => ReaderPunctuation.Names(names.Select(n => n ?? ReviewHeadings.FormerMember(culture)), culture);
        var facts = new List<Fact>();
        if (review.Answered.Count > 0)
        {
            facts.Add(new Fact(StreamReviewPostText.AnsweredLabel(culture), Names(review.Answered)));
        }

        if (review.Missing.Count > 0)
        {
            facts.Add(new Fact(StreamReviewPostText.NotAnsweredLabel(culture), Names(review.Missing)));
        }

        return Section.WithFacts(StreamReviewPostText.ReviewersHeading(culture, review.Answered.Count, review.Answered.Count + review.Missing.Count), facts);
    }
}
