namespace ReviewBot.Host.Playground;

/// <summary>
/// What the playground page sends for one turn: who speaks and what they did. <see cref="Kind"/> is
/// <c>command</c> or <c>text</c> (with <see cref="Text"/>), <c>form</c> (with <see cref="FormId"/> and
/// <see cref="Values"/>) or <c>button</c> (with <see cref="ActionId"/> and an optional <see cref="Value"/>).
/// </summary>
/// <param name="SubmissionId">Optional; the page sends one per submit so a double click records once.</param>
public sealed record PlaygroundTurnRequest(
    string? MemberId,
    string? Kind,
    string? Text,
    string? FormId,
    Dictionary<string, string>? Values,
    string? ActionId,
    string? Value,
    string? SubmissionId);
