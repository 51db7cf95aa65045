using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Lessons;

/// <summary>
/// What <c>review lessons</c> found, as a message: a headline saying what was searched and how much was found, then
/// the answers quarter by quarter, newest first, each with its author, their market and what kind of lesson it is.
/// </summary>
internal static class LessonsReport
{
    /// <summary>How much of one answer a result quotes: twenty of them stay one readable message.</summary>
    private const int AnswerLength = 400;

    /// <param name="formerMemberIds">Authors who have left the team: a newcomer reading their lessons learns they cannot ask them.</param>
    public static MessageReply Build(LessonsQuery query, IReadOnlyList<LessonEntry> found, int limit, IReadOnlySet<string> formerMemberIds, string teamName, Quarter current, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(formerMemberIds);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(found);
        if (found.Count == 0)
        {
            return NothingFound(query, teamName, current, culture);
        }

        var searched = Searched(query, culture);
        var headline = query.IsLatest
            ? found.Count == 1 ? LessonsText.LatestOne(culture, teamName) : LessonsText.LatestMany(culture, teamName, found.Count)
            : found.Count == 1 ? LessonsText.FoundOne(culture, searched) : LessonsText.FoundMany(culture, found.Count, searched);
        var sections = found
            .GroupBy(e => e.Answer.Quarter)
            .OrderByDescending(g => g.Key)
            .Select(g => Section.Of(g.Key.ToString(), string.Join('\n', g.Select(e => "• " + Line(e, formerMemberIds.Contains(e.Answer.AuthorMemberId), culture)))))
            .ToList();
        var context = new List<string>();
        if (found.Count >= limit)
        {
            context.Add(LessonsText.OnlyTheFirstShown(culture, limit));
        }

        return new MessageReply { Headline = headline, Sections = sections, Context = context };
    }

    /// <summary>"Andy Miller (US) · cause of US revenue: Two distributors…"; "Olga Petrova (India &amp; SEA, has left the team) · …".</summary>
    public static string Line(LessonEntry entry, bool authorLeft, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var market = string.IsNullOrWhiteSpace(entry.AuthorMarket) ? null : QuarterReviewReport.MarketName(entry.AuthorMarket, culture);
        var aside = (market, authorLeft) switch
        {
            (null, false) => null,
            (null, true) => LessonsText.HasLeft(culture),
            (_, true) => LessonsText.MarketHasLeft(culture, market),
            _ => market,
        };
        var who = aside is null ? entry.AuthorName : ReaderPunctuation.Parenthesized(entry.AuthorName, aside, culture);
        return ReaderPunctuation.Said($"{who} · {Kind(entry, culture)}", Excerpt.Of(entry.Answer.Text, AnswerLength), culture);
    }

    /// <summary>What the answer is: the cause of a key result's result, what worked, or what to change.</summary>
    private static string Kind(LessonEntry entry, CultureInfo culture)
    {
        if (entry.Answer.QuestionId is "worked" or "change")
        {
            return entry.Answer.QuestionId == "worked" ? LessonsText.KindWorked(culture) : LessonsText.KindChange(culture);
        }

        if (entry.KeyResultTitle is not { } title)
        {
            return LessonsText.KindCause(culture);
        }

        // A key result measured in a market its author does not sell to says so: "cause of Storefront revenue in Germany".
        return entry.KeyResultMarket is { } market && !string.Equals(market, entry.AuthorMarket, StringComparison.OrdinalIgnoreCase)
            ? LessonsText.KindCauseOfInMarket(culture, title, QuarterReviewReport.MarketName(market, culture))
            : LessonsText.KindCauseOf(culture, title);
    }

    /// <summary>What was searched, as the headline says it: "with “pricing”, by Andy Miller, about US, in 2026-Q2".</summary>
    private static string Searched(LessonsQuery query, CultureInfo culture)
    {
        var parts = new List<string>();
        if (query.Words.Count > 0)
        {
            parts.Add(LessonsText.WithWords(culture, string.Join(' ', query.Words)));
        }

        if (query.Person is { } person)
        {
            parts.Add(LessonsText.ByPerson(culture, person.Name));
        }

        if (query.Market is { } market)
        {
            parts.Add(LessonsText.AboutMarket(culture, market));
        }

        if (query is { From: { } from, Until: { } until })
        {
            parts.Add(from == until ? LessonsText.InQuarter(culture, from.ToString()) : LessonsText.InQuarters(culture, from.ToString(), until.ToString()));
        }

        return ReaderPunctuation.Names(parts, culture);
    }

    /// <summary>Nothing matched: say what was searched, and what would find something.</summary>
    private static MessageReply NothingFound(LessonsQuery query, string teamName, Quarter current, CultureInfo culture)
    {
        if (query.IsLatest)
        {
            return new MessageReply { Headline = LessonsText.NoLessonsYet(culture, teamName), Context = [LessonsText.LessonsComeFromTheRetrospective(culture)] };
        }

        var context = new List<string>();
        if (query.Words.Count > 1)
        {
            context.Add(LessonsText.TryFewerWords(culture, query.Words[0]));
        }
        else if (query.Words.Count == 1)
        {
            context.Add(LessonsText.TryAnotherWord(culture));
        }

        if (query.Person is { } person)
        {
            context.Add(LessonsText.TryEveryone(culture, person.Name));
        }

        if (query.Market is { } market)
        {
            context.Add(LessonsText.TryEveryMarket(culture, market));
        }

        if (query.From is not null)
        {
            context.Add(LessonsText.TryAnotherQuarter(culture, current.Previous().Previous().Previous().Previous().ToString(), current.ToString()));
        }

        context.Add(LessonsText.AloneShowsTheLatest(culture));
        return new MessageReply { Headline = LessonsText.NothingFound(culture, Searched(query, culture)), Context = context };
    }
}
