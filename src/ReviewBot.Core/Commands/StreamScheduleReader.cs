using System.Globalization;
using System.Text.RegularExpressions;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Commands;

/// <summary>What <c>review stream add</c> was told, read but not yet checked against the team's rates and templates.</summary>
internal sealed record StreamSchedule(string Title, DateTimeOffset StartsAt, TimeSpan Duration, Member Host, IReadOnlyList<Member> Crew, string? Currency, string? TemplateId);

/// <summary>
/// Reads <c>review stream add 2026-12-03 20:00 90m "Black Friday EU" @host @crew… [EUR] [template id]</c> in any order:
/// the day (2026-12-03, 12-03, 12月3日, today, tomorrow, 明天, a weekday), the start in the speaker's own zone, the
/// length (90m, 1h30m, 2h, 90分钟, 2小时), the people (the first named hosts), a currency code, a template, and
/// the title from the words left over.
/// </summary>
internal static partial class StreamScheduleReader
{
    private static readonly HashSet<string> Today = new(StringComparer.OrdinalIgnoreCase) { "today", "tonight", "今天", "今晚" };

    private static readonly HashSet<string> Tomorrow = new(StringComparer.OrdinalIgnoreCase) { "tomorrow", "明天", "明晚" };

    private static readonly HashSet<string> TemplateWords = new(StringComparer.OrdinalIgnoreCase) { "template", "模板" };

    private static readonly string[] ChineseWeekdays = ["日", "一", "二", "三", "四", "五", "六"];

    /// <summary>The reading, or the one reply that says what could not be read and how to write it.</summary>
    public static StreamSchedule? Read(Speaker speaker, IReadOnlyList<string> args, out IReadOnlyList<Reply> problem)
    {
        var culture = speaker.Culture;
        var today = LocalDay.DateAt(speaker.Now, speaker.Zone);
        DateOnly? day = null;
        var dayIsWeekday = false;
        TimeOnly? time = null;
        TimeSpan? duration = null;
        string? currency = null;
        string? templateId = null;
        var people = new List<Member>();
        var unknown = new List<string>();
        var title = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (TemplateWords.Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    problem = Replies.Say(StreamCommandText.StreamTemplateIdMissing(culture), StreamCommandText.StreamAddHowTo(culture));
                    return null;
                }

                templateId = args[++i];
            }
            else if (IsPerson(arg))
            {
                if (ReviewCommands.FindPerson(speaker, arg) is { } person)
                {
                    if (!people.Contains(person))
                    {
                        people.Add(person);
                    }
                }
                else
                {
                    unknown.Add(arg);
                }
            }
            else if (day is null && ReadDay(arg, today) is { } readDay)
            {
                // The first word that reads as a day is the day; a later one ("Friday night") is part of the title.
                day = readDay;
                dayIsWeekday = Weekday(arg) is not null;
            }
            else if (ReadTime(arg) is { } readTime)
            {
                time = readTime;
            }
            else if (ReadDuration(arg) is { } readDuration)
            {
                duration = readDuration;
            }
            else if (CurrencyCode().IsMatch(arg))
            {
                currency = arg;
            }
            else if (char.IsAsciiDigit(arg[0]))
            {
                problem = Replies.Say(StreamCommandText.StreamWordUnread(culture, arg), StreamCommandText.StreamAddHowTo(culture));
                return null;
            }
            else
            {
                title.Add(arg);
            }
        }

        string? missing = unknown.Count > 0 ? StreamCommandText.StreamPeopleUnknown(culture, string.Join(", ", unknown), speaker.Team.Name)
            : title.Count == 0 ? StreamCommandText.StreamTitleMissing(culture)
            : day is null ? StreamCommandText.StreamDayMissing(culture)
            : time is null ? StreamCommandText.StreamTimeMissing(culture)
            : duration is null ? StreamCommandText.StreamDurationMissing(culture)
            : people.Count == 0 ? StreamCommandText.StreamHostMissing(culture)
            : null;
        if (missing is not null)
        {
            problem = Replies.Say(missing, StreamCommandText.StreamAddHowTo(culture));
            return null;
        }

        // A weekday names the next such day whose start is still ahead: "friday 20:00" said on a Friday morning is tonight.
        var startsAt = LocalDay.At(day!.Value, time!.Value, speaker.Zone);
        if (dayIsWeekday && startsAt <= speaker.Now)
        {
            startsAt = LocalDay.At(day.Value.AddDays(7), time.Value, speaker.Zone);
        }

        problem = [];
        return new StreamSchedule(string.Join(' ', title), startsAt, duration!.Value, people[0], people.Skip(1).ToList(), currency, templateId);
    }

    /// <summary>A mention as Slack sends it (&lt;@U123|name&gt;), an @name, or an email address.</summary>
    private static bool IsPerson(string word) =>
        word.StartsWith('@') || word.StartsWith("<@", StringComparison.Ordinal) || word.Contains('@', StringComparison.Ordinal);

    private static DateOnly? ReadDay(string word, DateOnly today)
    {
        if (Today.Contains(word))
        {
            return today;
        }

        if (Tomorrow.Contains(word))
        {
            return today.AddDays(1);
        }

        if (word == "后天")
        {
            return today.AddDays(2);
        }

        if (Weekday(word) is { } weekday)
        {
            return today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);
        }

        if (DateOnly.TryParseExact(word, ["yyyy-MM-dd", "yyyy-M-d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            return full;
        }

        // "12-03", "12月3日": the next such day, this year or, once it has passed, the next.
        if (DateOnly.TryParseExact($"{today.Year}-{word}", ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var thisYear)
            || DateOnly.TryParseExact($"{today.Year}年{word}", "yyyy年M月d日", CultureInfo.InvariantCulture, DateTimeStyles.None, out thisYear))
        {
            return thisYear < today ? thisYear.AddYears(1) : thisYear;
        }

        return null;
    }

    /// <summary>"friday", "fri", "周五", "星期五", "礼拜五"; 日 and 天 both Sunday.</summary>
    private static DayOfWeek? Weekday(string word)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var english = day.ToString();
            if (word.Equals(english, StringComparison.OrdinalIgnoreCase) || word.Equals(english[..3], StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        foreach (var prefix in new[] { "周", "星期", "礼拜" })
        {
            if (word.Length == prefix.Length + 1 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                var name = word[prefix.Length..];
                var index = name == "天" ? 0 : Array.IndexOf(ChineseWeekdays, name);
                if (index >= 0)
                {
                    return (DayOfWeek)index;
                }
            }
        }

        return null;
    }

    /// <summary>"20:00", "8:30", with a full-width colon too.</summary>
    private static TimeOnly? ReadTime(string word) =>
        TimeOnly.TryParseExact(word.Replace('：', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>"90m", "1h30m", "2h", "90min", "90分钟", "2小时", "1小时30分钟".</summary>
    private static TimeSpan? ReadDuration(string word)
    {
        var match = DurationWords().Match(word);
        if (!match.Success || (!match.Groups["hours"].Success && !match.Groups["minutes"].Success))
        {
            return null;
        }

        var hours = match.Groups["hours"].Success ? int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
    }

    [GeneratedRegex(@"^(?:(?<hours>\d{1,3})(?:h|hr|hrs|hours?|小时|个小时))?(?:(?<minutes>\d{1,4})(?:m|min|mins|minutes?|分钟|分))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationWords();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();
}
