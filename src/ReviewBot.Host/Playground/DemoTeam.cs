using System.Globalization;
using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Import;
using ReviewBot.Storage;

namespace ReviewBot.Host.Playground;

/// <summary>
/// Loads the demo team into the playground workspace: its OKRs for the previous and the current quarter
/// (both found from the injected clock in the team's calendar and time zone), a finished previous quarter
/// of weekly check-ins and retrospectives, the lessons of the quarter before it, and the current quarter's check-ins up to last week, with Cindy
/// already checked in this week and Andy not. Every submission has a fixed delivery key, so loading again
/// adds nothing.
/// </summary>
public sealed partial class DemoTeam(Database database, IReviewStore store, TimeProvider time, ILogger<DemoTeam> logger)
{
    public const string WorkspaceExternalId = "demo";
    public const string TeamKey = "export-sales";

    private const string ResourceName = "ReviewBot.Host.Demo.export-sales.yaml";

    /// <summary>The demo OKR file, embedded so the loader works wherever the host is deployed.</summary>
    public static string Yaml()
    {
        using var stream = typeof(DemoTeam).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task<DemoLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        var (file, errors) = OkrFileReader.Read(Yaml());
        if (file is null)
        {
            throw new InvalidOperationException($"The embedded demo file is invalid: {string.Join("; ", errors)}");
        }

        var now = time.GetUtcNow();
        var teamZone = TimeZoneInfo.FindSystemTimeZoneById(file.Team.TimeZoneId);
        var calendar = file.Team.Calendar;
        var current = calendar.QuarterAt(now, teamZone);
        var previous = current.Previous();
        var importer = new OkrImporter(database);
        foreach (var quarter in new[] { previous, current })
        {
            await importer.ImportAsync(ForQuarter(file, quarter), dryRun: false, cancellationToken);
        }

        string workspaceId;
        await using (var session = await database.OpenSessionAsync(cancellationToken))
        {
            workspaceId = (await session.Workspaces.FindAsync(ChatPlatform.Playground, WorkspaceExternalId, cancellationToken))!.Id;
        }

        var team = (await store.ListTeamsAsync(workspaceId, cancellationToken)).Single(t => t.Key == TeamKey);
        var members = await store.MembersAsync(workspaceId, team.Id, cancellationToken);
        var currentWeek = calendar.WeekAt(now, teamZone).Number;

        var submissions = new List<Submission>();
        submissions.AddRange(EarlierLessons(team, members, previous.Previous(), now));
        submissions.AddRange(PreviousQuarter(team, members, await store.ObjectivesAsync(workspaceId, team.Id, previous, cancellationToken), previous, now));
        submissions.AddRange(CurrentQuarter(team, members, await store.ObjectivesAsync(workspaceId, team.Id, current, cancellationToken), current, currentWeek, now));

        var recorded = 0;
        foreach (var submission in submissions)
        {
            if (await store.RecordAsync(submission, cancellationToken))
            {
                recorded++;
            }
        }

        LogLoaded(logger, previous.Id, current.Id, currentWeek, recorded, submissions.Count - recorded);
        return new DemoLoadResult(workspaceId, previous, current, currentWeek, recorded, submissions.Count - recorded);
    }

    /// <summary>The demo file for another quarter: same objectives, the quarter and its exchange rates swapped.</summary>
    private static OkrFile ForQuarter(OkrFile file, Quarter quarter) => file with
    {
        Quarter = quarter,
        Team = file.Team with
        {
            ExchangeRates = new ExchangeRateTable(file.Team.ExchangeRates.Rates.Select(r => r with { Quarter = quarter })),
        },
        // Each objective carries its quarter too; the importer saves it as it finds it.
        Objectives = [.. file.Objectives.Select(o => o with { Objective = o.Objective with { Quarter = quarter } })],
    };

    private static IEnumerable<Submission> PreviousQuarter(Team team, IReadOnlyList<Member> members, IReadOnlyList<Objective> objectives, Quarter quarter, DateTimeOffset now)
    {
        var weeks = team.Calendar.WeeksOf(quarter);
        var keyResults = objectives.SelectMany(o => o.KeyResults).ToList();
        foreach (var owner in Owners(members, keyResults))
        {
            var mine = keyResults.Where(k => k.OwnerMemberId == owner.Id).ToList();
            foreach (var week in weeks)
            {
                var checkIns = new List<CheckIn>();
                DemoStory.PreviousBlockers.TryGetValue((owner.Email!, week.Number), out var blockers);
                foreach (var kr in mine)
                {
                    var story = DemoStory.Previous.Single(s => s.Key == kr.Key);
                    var index = StoryIndex(week.Number, weeks.Count, story.Values.Count);
                    checkIns.Add(CheckInOf(owner, kr, week, story.Values[index], ConfidenceOf(story.Confidences[index]), Comment(story, week.Number, weeks.Count), blockers, At(team, owner, week, now)));
                }

                yield return new Submission(team.WorkspaceId, Key(quarter, owner, $"w{week.Number}"), checkIns, []);
            }

            yield return RetrospectiveOf(team, owner, mine, quarter, weeks[^1], now);
        }
    }

    /// <summary>The retrospective in the last week: final values as check-ins, a cause per key result, what worked, what to change.</summary>
    private static Submission RetrospectiveOf(Team team, Member owner, List<KeyResult> mine, Quarter quarter, CheckInWeek lastWeek, DateTimeOffset now)
    {
        var retro = DemoStory.Retrospectives.Single(r => r.Owner == owner.Email);
        var at = At(team, owner, lastWeek, now).AddHours(2);
        at = at > now ? now : at;
        var template = ReviewTemplates.Retrospective.Id;
        var checkIns = mine.Select(kr =>
        {
            var final = DemoStory.Previous.Single(s => s.Key == kr.Key).Values[^1];
            var confidence = ConfidenceText.FromScore(KeyResultScore.Of(kr, final).Score);
            return CheckInOf(owner, kr, lastWeek, final, confidence, comment: null, blockers: null, at);
        }).ToList();
        var answers = mine
            .Select(kr => Answer(owner, template, "cause", quarter, lastWeek.Number, kr.Id, retro.Causes[kr.Key], at))
            .Append(Answer(owner, template, "worked", quarter, lastWeek.Number, null, retro.Worked, at))
            .Append(Answer(owner, template, "change", quarter, lastWeek.Number, null, retro.Change, at))
            .ToList();
        return new Submission(team.WorkspaceId, Key(quarter, owner, "retro"), checkIns, answers);
    }

    /// <summary>Two quarters back: retrospective lessons, in that quarter's last week, so the library reaches that far.</summary>
    private static IEnumerable<Submission> EarlierLessons(Team team, IReadOnlyList<Member> members, Quarter quarter, DateTimeOffset now)
    {
        var lastWeek = team.Calendar.WeeksOf(quarter)[^1];
        var template = ReviewTemplates.Retrospective.Id;
        foreach (var lessons in DemoStory.Earlier)
        {
            var owner = members.Single(m => m.Email == lessons.Owner);
            var at = At(team, owner, lastWeek, now).AddHours(2);
            yield return new Submission(
                team.WorkspaceId,
                Key(quarter, owner, "retro"),
                [],
                [
                    Answer(owner, template, "worked", quarter, lastWeek.Number, null, lessons.Worked, at),
                    Answer(owner, template, "change", quarter, lastWeek.Number, null, lessons.Change, at),
                ]);
        }
    }

    private static IEnumerable<Submission> CurrentQuarter(Team team, IReadOnlyList<Member> members, IReadOnlyList<Objective> objectives, Quarter quarter, int currentWeek, DateTimeOffset now)
    {
        var weeks = team.Calendar.WeeksOf(quarter);
        var keyResults = objectives.SelectMany(o => o.KeyResults).ToList();
        foreach (var owner in Owners(members, keyResults))
        {
            var mine = keyResults.Where(k => k.OwnerMemberId == owner.Id).ToList();
            // Cindy has already answered this week; the others have not, so a newcomer can check in as Andy.
            var lastWeek = owner.Email == DemoStory.Cindy ? currentWeek : currentWeek - 1;
            foreach (var week in weeks.Where(w => w.Number <= lastWeek))
            {
                DemoStory.CurrentBlockers.TryGetValue((owner.Email!, week.Number), out var blockers);
                var checkIns = mine.Select(kr =>
                {
                    var story = DemoStory.Current.Single(s => s.Key == kr.Key);
                    var comment = week.Number == story.CommentWeek || (week.Number == currentWeek && week.Number > story.CommentWeek) ? story.Comment : null;
                    return CheckInOf(owner, kr, week, PacedValue(kr, story.Pace, week.Number, weeks.Count), ConfidenceOf(story.Confidence), comment, blockers, At(team, owner, week, now));
                }).ToList();
                yield return new Submission(team.WorkspaceId, Key(quarter, owner, $"w{week.Number}"), checkIns, []);
            }
        }
    }

    /// <summary>Where a key result stands after <paramref name="week"/> weeks at a steady pace, rounded as a person would report it.</summary>
    internal static decimal PacedValue(KeyResult keyResult, decimal pace, int week, int weeksInQuarter)
    {
        if (keyResult.Unit is MilestoneUnit)
        {
            return pace >= 1m ? MilestoneUnit.Done : MilestoneUnit.NotDone;
        }

        var value = keyResult.Start + ((keyResult.Target - keyResult.Start) * pace * week / weeksInQuarter);
        return keyResult.Unit switch
        {
            CountUnit => Math.Floor(value),
            PercentageUnit => Math.Round(value, 1),
            // Money to three significant figures of a million: "US$12.6M", "₹66.3 Cr".
            _ => Math.Round(value / 100_000m) * 100_000m,
        };
    }

    private static IEnumerable<Member> Owners(IReadOnlyList<Member> members, List<KeyResult> keyResults) =>
        members.Where(m => keyResults.Any(k => k.OwnerMemberId == m.Id)).OrderBy(m => m.Email, StringComparer.Ordinal);

    /// <summary>The story's week for a quarter week: a shorter quarter skips to the story's last week at its end.</summary>
    private static int StoryIndex(int week, int weeksInQuarter, int storyWeeks) =>
        week == weeksInQuarter ? storyWeeks - 1 : Math.Min(week, storyWeeks) - 1;

    private static string? Comment(KeyResultStory story, int week, int weeksInQuarter) =>
        story.Comments.TryGetValue(week == weeksInQuarter ? story.Values.Count : week, out var comment) ? comment : null;

    /// <summary>A fixed delivery key per person and week, so a second load finds each submission recorded.</summary>
    private static string Key(Quarter quarter, Member owner, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"demo|{quarter.Id}|{owner.Email}|{what}");

    /// <summary>When the person answered: their check-in day and time in their own zone, never after now.</summary>
    private static DateTimeOffset At(Team team, Member member, CheckInWeek week, DateTimeOffset now)
    {
        var day = week.FirstDay;
        while (day.DayOfWeek != team.CheckIn.Day && day < week.LastDay)
        {
            day = day.AddDays(1);
        }

        var at = LocalDay.At(day, team.CheckIn.Time, TimeZoneInfo.FindSystemTimeZoneById(member.TimeZoneId));
        return at > now ? now.AddMinutes(-5) : at;
    }

    private static Confidence ConfidenceOf(char letter) => letter switch
    {
        'o' => Confidence.OnTrack,
        'r' => Confidence.AtRisk,
        _ => Confidence.OffTrack,
    };

    private static CheckIn CheckInOf(Member owner, KeyResult kr, CheckInWeek week, decimal value, Confidence confidence, string? comment, string? blockers, DateTimeOffset at) => new()
    {
        Id = Ids.New(),
        WorkspaceId = owner.WorkspaceId,
        KeyResultId = kr.Id,
        AuthorMemberId = owner.Id,
        Quarter = week.Quarter,
        WeekNumber = week.Number,
        Value = value,
        Confidence = confidence,
        Comment = comment,
        Blockers = blockers,
        Source = ChatPlatform.Playground,
        RecordedAt = at,
    };

    private static ReviewAnswer Answer(Member owner, string template, string question, Quarter quarter, int week, string? keyResultId, string text, DateTimeOffset at) =>
        new(Ids.New(), owner.WorkspaceId, template, question, owner.Id, quarter, week, keyResultId, text, at);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo team loaded for {PreviousQuarter} and {CurrentQuarter} (week {CurrentWeek}): {Recorded} submissions recorded, {AlreadyThere} already there")]
    private static partial void LogLoaded(ILogger logger, string previousQuarter, string currentQuarter, int currentWeek, int recorded, int alreadyThere);
}
