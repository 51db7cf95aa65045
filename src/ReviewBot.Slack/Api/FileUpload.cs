namespace ReviewBot.Slack.Api;

/// <summary>One uploaded file to complete: its id from files.getUploadURLExternal and the title to show.</summary>
public sealed record FileUpload(string Id, string? Title = null);
