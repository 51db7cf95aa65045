using System.Globalization;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// A kind of review as an ordered list of questions. The form, the text dialog and what gets stored all
/// follow from it, so another review kind (a live-stream review) is a new template, not new code.
/// Its words are asked for in the reader's culture, so one template serves every language.
/// </summary>
public sealed record ReviewTemplate(string Id, Func<CultureInfo, string> Title, Func<CultureInfo, string> Intro, IReadOnlyList<Question> Questions, Func<CultureInfo, string> SubmitLabel)
{
    /// <summary>What one answer is about: a week of the quarter (check-in, retrospective) or one live stream.</summary>
    public ReviewSubject Subject { get; init; } = ReviewSubject.Week;

    /// <summary>The parts its questions are grouped in (<see cref="Question.Part"/>), in order; empty when it has none.</summary>
    public IReadOnlyList<TemplatePart> Parts { get; init; } = [];
}

/// <summary>One part of a template: a live-stream review's "people" (人), "goods" (货) or "scene" (场).</summary>
public sealed record TemplatePart(string Id, Func<CultureInfo, string> Title);

public enum ReviewSubject
{
    /// <summary>Answered for a week of the quarter about the member's key results.</summary>
    Week,

    /// <summary>Answered once per live stream by its host and crew.</summary>
    LiveStream,
}
