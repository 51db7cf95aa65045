namespace ReviewBot.Core.Conversation;

/// <summary>A message: a headline, sections of text and facts, context lines and buttons.</summary>
public sealed record MessageReply : Reply
{
    public required string Headline { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>Small print under the message: hints, what the numbers mean.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    public IReadOnlyList<Button> Buttons { get; init; } = [];
}

/// <param name="Title">A heading, or null for a plain paragraph.</param>
/// <param name="Text">Prose, plain text; may hold line breaks.</param>
public sealed record Section(string? Title, string? Text, IReadOnlyList<Fact> Facts)
{
    public static Section Of(string title, string text) => new(title, text, []);

    public static Section Paragraph(string text) => new(null, text, []);

    public static Section WithFacts(string? title, IReadOnlyList<Fact> facts) => new(title, null, facts);
}

public sealed record Fact(string Label, string Value);

/// <param name="ActionId">What the engine does when it is pressed, e.g. <c>checkin.open</c>.</param>
public sealed record Button(string Label, string ActionId, string? Value = null, ButtonStyle Style = ButtonStyle.Default);

public enum ButtonStyle
{
    Default,
    Primary,
    Danger,
}
