namespace ReviewBot.Testing;

/// <summary>A file the fake handed an upload URL for: what arrived there, and how it was completed.</summary>
public sealed record FakeSlackUpload(
    string FileId,
    string Filename,
    long DeclaredLength,
    byte[]? Content,
    bool Completed,
    string? Title,
    string? ChannelId,
    string? InitialComment,
    string? UploadAuthorization);
