using System.Globalization;
using System.Text.RegularExpressions;
using ReviewBot.Core.Commands;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Lessons;

/// <summary>
/// Reads <c>review lessons [words] [@person] [market] [quarters]</c> in any order: a person (a mention, @name, a
/// name or e-mail, former members too, or "mine"), a market (one the team's members or key results sell to, also
/// of several words: India &amp; SEA), quarters ("2026-Q2", "2026-Q1..2026-Q3", two quarters, "last", a fiscal year
/// "2026"), and every other word searched, in the order typed.
/// </summary>
internal static partial class LessonsArguments
{
    /// <summary>The most words a name or a market runs to when typed without quotes: "Andy Miller", "India &amp; SEA".</summary>
    private const int LongestRun = 4;

    /// <param name="members">Everyone on the team, former members too: their lessons stay the team's.</param>
    /// <param name="markets">The markets the team's members and key results sell to.</param>
    public static LessonsReading Read(Speaker speaker, IReadOnlyList<string> args, IReadOnlyList<Member> members, IReadOnlyCollection<string> markets)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(args);
        var culture = speaker.Culture;
        var everyone = speaker with { TeamMembers = members };
        var words = new List<string>();
        var periods = new List<Period>();
        Member? person = null;
        string? market = null;
        var joinNext = false;
        var typed = args.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        for (var i = 0; i < typed.Count; i++)
        {
            var arg = typed[i];
            if (TryPeriod(arg, speaker.Quarter, out var period) || TryRange(arg, speaker.Quarter, out period))
            {
                if (joinNext && periods.Count > 0)
                {
                    period = new Period(periods[^1].From, period.Until, $"{periods[^1].Text}..{period.Text}", periods[^1].From > period.Until);
                    periods[^1] = period;
                }
                else
                {
                    periods.Add(period);
                }

                joinNext = false;
                continue;
            }

            if (ArgumentWords.IsRangeJoin(arg) && periods.Count > 0 && i + 1 < typed.Count && (TryPeriod(typed[i + 1], speaker.Quarter, out _) || TryRange(typed[i + 1], speaker.Quarter, out _)))
            {
                joinNext = true;
                continue;
            }

            Member? named = null;
            var taken = 1;
            if (ArgumentWords.IsMine(arg))
            {
                named = speaker.Member;
            }
            else if (arg.StartsWith('@') || arg.StartsWith("<@", StringComparison.Ordinal))
            {
                (named, taken) = LongestPerson(everyone, typed, i);
                if (named is null)
                {
                    return LessonsReading.Refused(LessonsText.NobodyCalled(culture, arg.TrimStart('@'), speaker.Team.Name), LessonsText.NameThemLikeThis(culture));
                }
            }
            else if (LongestMarket(markets, typed, i) is { } found)
            {
                if (market is not null && !string.Equals(market, found.Market, StringComparison.OrdinalIgnoreCase))
                {
                    return LessonsReading.Refused(LessonsText.OneMarketAtATime(culture, market, found.Market), LessonsText.OrEveryMarket(culture));
                }

                market = found.Market;
                i += found.Taken - 1;
                continue;
            }
            else
            {
                (named, taken) = LongestPerson(everyone, typed, i);
            }

            if (named is null)
            {
                words.Add(arg);
                continue;
            }

            if (person is not null && person.Id != named.Id)
            {
                return LessonsReading.Refused(LessonsText.OnePersonAtATime(culture, person.Name, named.Name), LessonsText.OrEveryone(culture));
            }

            person = named;
            i += taken - 1;
        }

        var example = LessonsText.RangeExample(culture, speaker.Quarter.Previous().Previous().ToString(), speaker.Quarter.ToString());
        if (periods.Count > 2)
        {
            return LessonsReading.Refused(LessonsText.TooManyQuarters(culture, string.Join(' ', periods.Select(p => p.Text))), example);
        }

        // Two quarters written apart are the range between them, as "2026-Q1 2026-Q3" reads.
        var searched = periods switch
        {
            [var first, var last] when !first.Backwards && !last.Backwards => new Period(first.From, last.Until, $"{first.Text} {last.Text}", first.From > last.Until),
            [var first, var last] => first.Backwards ? first : last,
            [var only] => only,
            _ => null,
        };
        if (searched is { Backwards: true })
        {
            return LessonsReading.Refused(LessonsText.RangeBackwards(culture, searched.From.ToString(), searched.Until.ToString()), LessonsText.EarlierFirst(culture, searched.Until.ToString(), searched.From.ToString()));
        }

        if (searched is not null && searched.From > speaker.Quarter)
        {
            return LessonsReading.Refused(LessonsText.QuarterNotBegun(culture, searched.From.ToString(), speaker.Quarter.ToString()), example);
        }

        return LessonsReading.Read(new LessonsQuery(words, person, market, searched?.From, searched?.Until));
    }

    /// <summary>One quarter ("2026-Q2", "last", "this") or a fiscal year's four ("2026", "FY2026", "2026年").</summary>
    private static bool TryPeriod(string word, Quarter current, out Period period)
    {
        if (Quarter.TryParse(word, out var quarter))
        {
            period = new Period(quarter, quarter, word);
            return true;
        }

        if (ArgumentWords.IsLastQuarter(word) || ArgumentWords.IsThisQuarter(word))
        {
            var which = ArgumentWords.IsLastQuarter(word) ? current.Previous() : current;
            period = new Period(which, which, word);
            return true;
        }

        if (FiscalYear().Match(word) is { Success: true } match
            && int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) is var year and >= 1900 and <= 9998)
        {
            period = new Period(new Quarter(year, 1), new Quarter(year, 4), word);
            return true;
        }

        period = default!;
        return false;
    }

    /// <summary>A range written as one word: "2026-Q1..2026-Q3", "2026-Q1至2026-Q3", "2025..2026".</summary>
    private static bool TryRange(string word, Quarter current, out Period period)
    {
        foreach (var join in ArgumentWords.DayJoins.Prepend(".."))
        {
            var at = word.IndexOf(join, StringComparison.Ordinal);
            if (at > 0 && TryPeriod(word[..at], current, out var first) && TryPeriod(word[(at + join.Length)..], current, out var last))
            {
                period = new Period(first.From, last.Until, word, first.From > last.Until);
                return true;
            }
        }

        period = default!;
        return false;
    }

    /// <summary>The person named by the most words from <paramref name="at"/> on ("Andy Miller" before "Andy"), and how many.</summary>
    private static (Member? Person, int Taken) LongestPerson(Speaker everyone, List<string> typed, int at)
    {
        for (var taken = Math.Min(LongestRun, typed.Count - at); taken >= 1; taken--)
        {
            if (ReviewCommands.FindPerson(everyone, string.Join(' ', typed.Skip(at).Take(taken))) is { } found)
            {
                return (found, taken);
            }
        }

        return (null, 1);
    }

    private static (string Market, int Taken)? LongestMarket(IReadOnlyCollection<string> markets, List<string> typed, int at)
    {
        for (var taken = Math.Min(LongestRun, typed.Count - at); taken >= 1; taken--)
        {
            var phrase = string.Join(' ', typed.Skip(at).Take(taken));
            if (markets.FirstOrDefault(m => string.Equals(m.Trim(), phrase, StringComparison.OrdinalIgnoreCase)) is { } market)
            {
                return (market, taken);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:FY\s*)?(?<year>\d{4})年?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYear();

    /// <param name="Text">As it was typed, for a message about it.</param>
    /// <param name="Backwards">Its first quarter comes after its last.</param>
    private sealed record Period(Quarter From, Quarter Until, string Text, bool Backwards = false);
}
