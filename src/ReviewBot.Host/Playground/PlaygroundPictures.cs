using ReviewBot.Core.Conversation;

namespace ReviewBot.Host.Playground;

/// <summary>
/// What the engine sends only as a file, made something the page can show: the playground leaves files out of its
/// JSON and has nowhere to upload them. A picture (the stream trend's chart, which Slack and Teams upload) is inlined
/// as an image; a text file no link offers (the team file <c>review plan export</c> writes) becomes a download link
/// holding the file itself, named after it.
/// </summary>
internal static class PlaygroundPictures
{
    public static IReadOnlyList<Reply> Inlined(IReadOnlyList<Reply> replies) =>
        [.. replies.Select(r => r is MessageReply message ? Inlined(message) : r)];

    public static MessageReply Inlined(MessageReply message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WithDownloads(WithPictures(message));
    }

    private static MessageReply WithPictures(MessageReply message)
    {
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

    private static MessageReply WithDownloads(MessageReply message)
    {
        if (message.Links.Any(l => l.Kind == LinkKind.Download))
        {
            // Its documents are downloads from the report host already (the review's CSV and Excel).
            return message;
        }

        var downloads = message.Files
            .Where(f => f.ContentType is "application/yaml" or "text/plain" or "text/csv")
            .Select(f => new MessageLink(f.FileName, $"data:{f.ContentType};charset=utf-8;base64,{Convert.ToBase64String(f.Content.Span)}", LinkKind.Download))
            .ToList();
        return downloads.Count == 0 ? message : message with { Links = [.. message.Links, .. downloads] };
    }
}
