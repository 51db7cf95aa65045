using System.Globalization;
using System.Text.Json;

namespace ReviewBot.Slack.Api;

/// <summary>
/// <c>files.*</c>: the external upload pair (files.upload was sunset in November 2025). Get a URL, send the
/// bytes there, then complete exactly once; an upload that is never completed is discarded by Slack.
/// </summary>
public sealed class FilesApi
{
    private readonly SlackApiClient client;

    internal FilesApi(SlackApiClient client) => this.client = client;

    /// <summary><see href="https://api.slack.com/methods/files.getUploadURLExternal">files.getUploadURLExternal</see> (form arguments only).</summary>
    public async Task<UploadUrlExternalResponse> GetUploadUrlExternalAsync(string filename, long length, CancellationToken cancellationToken = default)
    {
        var answer = await client.PostFormAsync(
            "files.getUploadURLExternal",
            [new("filename", filename), new("length", length.ToString(CultureInfo.InvariantCulture))],
            cancellationToken);
        return SlackJson.Read<UploadUrlExternalResponse>(answer, "files.getUploadURLExternal");
    }

    /// <summary>Sends the bytes to the URL from <see cref="GetUploadUrlExternalAsync"/>; the bot token is not sent there.</summary>
    public Task UploadToUrlAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        client.UploadAsync(uploadUrl, content, cancellationToken);

    /// <summary>
    /// <see href="https://api.slack.com/methods/files.completeUploadExternal">files.completeUploadExternal</see>; with a
    /// channel the files are shared there, without one they stay private to the bot.
    /// </summary>
    public async Task<IReadOnlyList<SlackFile>> CompleteUploadExternalAsync(
        IReadOnlyList<FileUpload> files,
        string? channelId = null,
        string? initialComment = null,
        string? threadTs = null,
        CancellationToken cancellationToken = default)
    {
        // A form, as Slack's SDKs send it: `files` is a JSON array inside a form field.
        var arguments = new List<KeyValuePair<string, string>> { new("files", JsonSerializer.Serialize(files, SlackJson.Options)) };
        if (channelId is not null)
        {
            arguments.Add(new("channel_id", channelId));
        }

        if (initialComment is not null)
        {
            arguments.Add(new("initial_comment", initialComment));
        }

        if (threadTs is not null)
        {
            arguments.Add(new("thread_ts", threadTs));
        }

        var answer = await client.PostFormAsync("files.completeUploadExternal", arguments, cancellationToken);
        return SlackJson.Read<List<SlackFile>>(answer, "files.completeUploadExternal", "files");
    }

    /// <summary>The three steps in order: one file, shared to <paramref name="channelId"/> when given.</summary>
    public async Task<SlackFile> UploadAsync(
        string filename,
        ReadOnlyMemory<byte> content,
        string? title = null,
        string? channelId = null,
        string? initialComment = null,
        CancellationToken cancellationToken = default)
    {
        var target = await GetUploadUrlExternalAsync(filename, content.Length, cancellationToken);
        await UploadToUrlAsync(target.UploadUrl, content, cancellationToken);
        var files = await CompleteUploadExternalAsync([new FileUpload(target.FileId, title ?? filename)], channelId, initialComment, null, cancellationToken);
        return files.Count > 0
            ? files[0]
            : throw SlackApiException.InvalidResponse("files.completeUploadExternal", "no file in the answer", answered: true);
    }
}
