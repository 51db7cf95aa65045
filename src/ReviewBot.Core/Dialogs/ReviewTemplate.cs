using System.Globalization;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// A kind of review as an ordered list of questions. The form, the text dialog and what gets stored all
/// follow from it, so another review kind (a live-stream review) is a new template, not new code.
/// Its words are asked for in the reader's culture, so one template serves every language.
/// </summary>
public sealed record ReviewTemplate(string Id, Func<CultureInfo, string> Title, Func<CultureInfo, string> Intro, IReadOnlyList<Question> Questions, Func<CultureInfo, string> SubmitLabel);
