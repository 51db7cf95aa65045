using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Tests.Conversation;

internal static class ReplyAssertions
{
    public static MessageReply Message(this IReadOnlyList<Reply> replies) => Assert.IsType<MessageReply>(Assert.Single(replies));

    public static FormReply Form(this IReadOnlyList<Reply> replies) => Assert.IsType<FormReply>(Assert.Single(replies));

    /// <summary>Everything a person would read in the replies, as one text.</summary>
    public static string Text(this IReadOnlyList<Reply> replies) => string.Join('\n', replies.Select(Text));

    public static string Text(this Reply reply) => reply switch
    {
        MessageReply m => string.Join('\n', new[] { m.Headline }
            .Concat(m.Sections.SelectMany(s => new[] { s.Title, s.Text }.Concat(s.Facts.Select(f => $"{f.Label}: {f.Value}"))).OfType<string>())
            .Concat(m.Context)
            .Concat(m.Buttons.Select(b => $"[{b.Label}]"))
            .Concat(m.Images.Select(i => i.AltText))
            .Concat(m.Links.Select(l => $"[{l.Label}]"))
            .Concat(m.Files.Select(f => f.Title))),
        FormReply f => string.Join('\n', new[] { f.Title, f.Intro, f.Error, $"[{f.SubmitLabel}]" }.OfType<string>()
            .Concat(f.Fields.Select(x => $"{x.Label}={x.Value} {x.Error} {x.Hint} {string.Join(" ", (x.Choices ?? []).Select(c => c.Label))}"))),
        _ => "",
    };

    public static FormField Field(this FormReply form, string id) => form.Fields.Single(f => f.Id == id);
}
