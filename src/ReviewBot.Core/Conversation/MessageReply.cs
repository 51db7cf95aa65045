namespace ReviewBot.Core.Conversation;

/// <summary>A message: a headline, sections of text and facts, context lines and buttons.</summary>
public sealed record MessageReply : Reply
{
    public required string Headline { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>Small print under the message: hints, what the numbers mean.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    public IReadOnlyList<Button> Buttons { get; init; } = [];

    /// <summary>Pictures (charts) by URL: shown where the channel can show them; the text above stays the fallback.</summary>
    public IReadOnlyList<MessageImage> Images { get; init; } = [];

    /// <summary>Links to open: the full report page, downloads of its exports.</summary>
    public IReadOnlyList<MessageLink> Links { get; init; } = [];

    /// <summary>
    /// Files that go with the message where the channel takes files (Slack: uploaded to the message's
    /// thread or the reader's direct messages); elsewhere <see cref="Links"/> carries the same documents.
    /// </summary>
    public IReadOnlyList<MessageFile> Files { get; init; } = [];
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

/// <param name="Url">An absolute URL the channel's servers (or the reader's browser) can fetch.</param>
/// <param name="AltText">What the picture shows, for screen readers and channels without images.</param>
public sealed record MessageImage(string Url, string AltText);

/// <param name="Kind">What opening it does: a page to read, or a file to download.</param>
public sealed record MessageLink(string Label, string Url, LinkKind Kind = LinkKind.Page);

public enum LinkKind
{
    Page,
    Download,
}

/// <param name="FileName">The name the reader sees and saves it under, e.g. <c>review-2026-Q4.csv</c>.</param>
/// <param name="ContentType">Its media type, e.g. <c>text/csv</c> or <c>image/png</c>.</param>
public sealed record MessageFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content, string Title);
