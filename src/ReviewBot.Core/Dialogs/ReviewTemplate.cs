namespace ReviewBot.Core.Dialogs;

/// <summary>
/// A kind of review as an ordered list of questions. The form, the text dialog and what gets stored all
/// follow from it, so another review kind (a live-stream review) is a new template, not new code.
/// </summary>
public sealed record ReviewTemplate(string Id, string Title, string Intro, IReadOnlyList<Question> Questions, string SubmitLabel);
