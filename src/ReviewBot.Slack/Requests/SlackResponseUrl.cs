namespace ReviewBot.Slack.Requests;

/// <summary>
/// Which response_url the bot will post to: https, or plain http on loopback for local fakes. Anything else
/// (another scheme, a file path, which .NET calls loopback too) is not Slack's.
/// </summary>
public static class SlackResponseUrl
{
    public static Uri? TryRead(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)) ? url : null;
}
