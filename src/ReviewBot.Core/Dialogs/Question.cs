using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Dialogs;

/// <summary>One question of a review template: one of the records below.</summary>
public abstract record Question(string Id, string Prompt);

/// <summary>
/// Asked once per key result: its value now, and optionally a confidence and a comment. Answers become
/// check-ins. A key result left empty is skipped unless <paramref name="ValueRequired"/>.
/// </summary>
public sealed record KeyResultValueQuestion(string Id, string Prompt, bool AskConfidence, bool AskComment, bool ValueRequired) : Question(Id, Prompt);

/// <summary>Asked once per key result, answered in words ("why does the result differ from the target?").</summary>
public sealed record KeyResultTextQuestion(string Id, string Prompt, bool Required) : Question(Id, Prompt);

/// <summary>
/// A question answered in words. With <paramref name="AttachToCheckIns"/> the answer is stored on each of
/// the submission's check-ins (the week's blockers) instead of as an answer of its own.
/// </summary>
public sealed record TextQuestion(string Id, string Prompt, bool Multiline, bool Required, bool AttachToCheckIns = false) : Question(Id, Prompt);

public sealed record ChoiceQuestion(string Id, string Prompt, IReadOnlyList<Choice> Choices, bool Required) : Question(Id, Prompt);

/// <summary>A number that is not a key result's value (viewers of a live stream, orders taken).</summary>
public sealed record NumberQuestion(string Id, string Prompt, Okrs.KeyResultUnit Unit, bool Required) : Question(Id, Prompt);
