namespace ReviewBot.Slack.Api;

public sealed record UploadUrlExternalResponse(Uri UploadUrl, string FileId);
