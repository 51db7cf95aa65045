using ReviewBot.Core.Conversation;

namespace ReviewBot.Host.Playground;

/// <summary>
/// A picture the engine sends only as a file (the stream trend's chart, which Slack and Teams upload) shown on the
/// page as an image: the playground leaves files out of its JSON and has nowhere to upload them, so the picture is
/// inlined as a data URL instead of being lost.
/// </summary>
internal static class PlaygroundPictures
{
    public static IReadOnlyList<Reply> Inlined(IReadOnlyList<Reply> replies) =>
        [.. replies.Select(r => r is MessageReply message ? Inlined(message) : r)];

    public static MessageReply Inlined(MessageReply message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Images.Count > 0)
        {
            // Its pictures are already linked (the quarter review's chart on its report page); the file is the same one.
            return message;
        }

        var pictures = message.Files
            .Where(f => f.ContentType is "image/png" or "image/jpeg")
            .Select(f => new MessageImage($"data:{f.ContentType};base64,{Convert.ToBase64String(f.Content.Span)}", f.Title))
            .ToList();
        return pictures.Count == 0 ? message : message with { Images = [.. message.Images, .. pictures] };
    }
}
