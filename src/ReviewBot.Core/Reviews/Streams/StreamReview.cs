using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>
/// One stream's review, built from the template it was answered with: its numbers against the team's stream
/// targets and the streams before it, each rating's average, the words grouped by the template's parts, and who
/// of its host and crew answered. Any template works: numbers are its number questions, ratings its rating
/// questions, words its text and choice questions.
/// </summary>
public sealed record StreamReview
{
    /// <summary>How many reviewed streams before this one it is compared with.</summary>
    public const int PreviousStreams = 3;

    public required Team Team { get; init; }

    public required StreamFigures Figures { get; init; }

    /// <summary>The reviewed streams before it, latest last, at most <see cref="PreviousStreams"/>.</summary>
    public required IReadOnlyList<StreamFigures> Previous { get; init; }

    /// <summary>The names of those who answered, host first; null for one who has left the team.</summary>
    public required IReadOnlyList<string?> Answered { get; init; }

    /// <summary>The names of the host and crew who did not answer; null for one who has left the team.</summary>
    public required IReadOnlyList<string?> Missing { get; init; }

    public required IReadOnlyList<StreamNumberLine> Numbers { get; init; }

    public required IReadOnlyList<StreamRatingLine> Ratings { get; init; }

    public required IReadOnlyList<StreamWordsGroup> Words { get; init; }

    public LiveStream Stream => Figures.Stream;

    public ReviewTemplate Template => Figures.Template;

    /// <summary>Reads the stream's answers, template, rules and the streams before it, and builds the review.</summary>
    public static async Task<StreamReview> LoadAsync(IReviewStore store, Team team, LiveStream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(stream);
        var templates = await StreamTemplates.LoadAsync(store, team, cancellationToken);
        var rules = await store.StreamRulesAsync(team.WorkspaceId, team.Id, cancellationToken);
        var members = await store.AllMembersAsync(team.WorkspaceId, team.Id, cancellationToken);
        // A year back is far enough to find the last few reviewed streams of a team that streams rarely.
        var earlier = (await store.StreamsAsync(team.WorkspaceId, team.Id, stream.StartsAt.AddDays(-365), stream.StartsAt, cancellationToken))
            .Where(s => s.Id != stream.Id && s.CancelledAt is null)
            .ToList();
        var answers = await store.StreamAnswersAsync(team.WorkspaceId, [stream.Id, .. earlier.Select(s => s.Id)], cancellationToken);
        var previous = earlier
            .Select(s => StreamFigures.Of(s, templates.Of(s), answers))
            .Where(f => f.Answered)
            .TakeLast(PreviousStreams)
            .ToList();
        return Build(team, stream, templates.Of(stream), answers.Where(a => a.SubjectId == stream.Id).ToList(), rules, previous, members);
    }

    public static StreamReview Build(Team team, LiveStream stream, ReviewTemplate template, IReadOnlyList<ReviewAnswer> answers, StreamRules rules, IReadOnlyList<StreamFigures> previous, IReadOnlyList<Member> members)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(members);
        var figures = StreamFigures.Of(stream, template, answers);
        string? NameOf(string id) => members.FirstOrDefault(m => m.Id == id)?.Name;
        // Host and crew in the stream's order, then anyone else who answered.
        var authors = stream.Reviewers.Where(figures.AuthorIds.Contains).Concat(figures.AuthorIds.Except(stream.Reviewers)).ToList();

        return new StreamReview
        {
            Team = team,
            Figures = figures,
            Previous = previous,
            Answered = [.. authors.Select(NameOf)],
            Missing = [.. stream.Reviewers.Except(figures.AuthorIds).Select(NameOf)],
            Numbers = [.. NumberLines(team, figures, rules, previous)],
            Ratings = [.. RatingLines(figures, previous)],
            Words = [.. WordGroups(figures, answers.Where(a => a.SubjectId == stream.Id), authors, NameOf)],
        };
    }

    private static IEnumerable<StreamNumberLine> NumberLines(Team team, StreamFigures figures, StreamRules rules, IReadOnlyList<StreamFigures> previous)
    {
        foreach (var question in figures.Template.Questions.OfType<NumberQuestion>())
        {
            if (!figures.Numbers.TryGetValue(question.Id, out var value))
            {
                continue;
            }

            var before = previous.Select(p => p.Comparable(question.Id, team)).OfType<decimal>().ToList();
            yield return new StreamNumberLine(
                question,
                value,
                figures.CurrencyOf(question),
                figures.Comparable(question.Id, team),
                rules.Targets.TryGetValue(question.Id, out var target) ? target : null,
                before.Count > 0 ? before.Average() : null,
                before.Count);
        }
    }

    private static IEnumerable<StreamRatingLine> RatingLines(StreamFigures figures, IReadOnlyList<StreamFigures> previous)
    {
        var ratings = figures.Template.Questions.OfType<RatingQuestion>().ToList();
        foreach (var question in ratings)
        {
            // A part rated once is named by its title ("People: the host"); otherwise the question says what was rated.
            var part = figures.Template.Parts.FirstOrDefault(p => p.Id == question.Part);
            var label = part is not null && ratings.Count(r => r.Part == question.Part) == 1 ? part.Title : question.Prompt;
            var before = previous.Select(p => p.Ratings.GetValueOrDefault(question.Id)).OfType<RatingAverage>().ToList();
            yield return new StreamRatingLine(
                question,
                label,
                figures.Ratings.GetValueOrDefault(question.Id),
                before.Count > 0 ? before.Sum(r => r.Average * r.Count) / before.Sum(r => r.Count) : null);
        }
    }

    private static IEnumerable<StreamWordsGroup> WordGroups(StreamFigures figures, IEnumerable<ReviewAnswer> answers, IReadOnlyList<string> authors, Func<string, string?> nameOf)
    {
        var template = figures.Template;
        var asked = template.Questions.Where(q => q is TextQuestion or ChoiceQuestion).ToList();
        var given = answers.Where(a => !string.IsNullOrWhiteSpace(a.Text)).ToList();
        StreamWordsGroup? Group(Func<CultureInfo, string>? title, IEnumerable<Question> questions)
        {
            var lines = questions
                .Select(q => new StreamWords(q, [.. given.Where(a => a.QuestionId == q.Id)
                    .OrderBy(a => authors.ToList().IndexOf(a.AuthorMemberId))
                    .ThenBy(a => a.RecordedAt)
                    .Select(a => new StreamWord(nameOf(a.AuthorMemberId), Said(q, a.Text)))]))
                .Where(w => w.Said.Count > 0)
                .ToList();
            return lines.Count > 0 ? new StreamWordsGroup(title, lines) : null;
        }

        foreach (var part in template.Parts)
        {
            if (Group(part.Title, asked.Where(q => q.Part == part.Id)) is { } group)
            {
                yield return group;
            }
        }

        // Questions in no part, or in a part the template does not list, are grouped last as one.
        if (Group(null, asked.Where(q => q.Part is null || template.Parts.All(p => p.Id != q.Part))) is { } other)
        {
            yield return other;
        }
    }

    /// <summary>A choice answer as the reader picked it: its label, not its stored value.</summary>
    private static string Said(Question question, string text) =>
        question is ChoiceQuestion choice ? choice.Choices.FirstOrDefault(c => c.Value == text)?.Label ?? text : text;
}

/// <param name="Currency">The currency it is money in, or null when it is not money.</param>
/// <param name="Comparable">The value set against targets and earlier streams: money in the reporting currency; null when there is no rate.</param>
/// <param name="Target">What one stream aims for (<see cref="StreamRules.Targets"/>), money in the reporting currency.</param>
/// <param name="PreviousAverage">The average over the earlier streams that gave it, money in the reporting currency.</param>
public sealed record StreamNumberLine(NumberQuestion Question, decimal Value, string? Currency, decimal? Comparable, decimal? Target, decimal? PreviousAverage, int PreviousCount)
{
    public decimal? Attainment => Comparable is { } value && Target is > 0m and var target ? value / target : null;

    /// <summary>Money in another currency than the team's, with no rate for the stream's quarter.</summary>
    public bool LacksRate => Currency is not null && Comparable is null;
}

/// <param name="Label">What the rating is of: the part's title, or the question.</param>
/// <param name="Now">This stream's average; null when nobody gave it.</param>
public sealed record StreamRatingLine(RatingQuestion Question, Func<CultureInfo, string> Label, RatingAverage? Now, decimal? PreviousAverage);

/// <param name="Title">The part's title, or null for the questions in no part.</param>
public sealed record StreamWordsGroup(Func<CultureInfo, string>? Title, IReadOnlyList<StreamWords> Questions);

public sealed record StreamWords(Question Question, IReadOnlyList<StreamWord> Said);

/// <param name="AuthorName">Who wrote it; null for someone who has left the team.</param>
public sealed record StreamWord(string? AuthorName, string Text);
