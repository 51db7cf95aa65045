namespace ReviewBot.Testing;

/// <summary>A member the fake's users.info knows; anyone else is <c>user_not_found</c>.</summary>
public sealed record FakeSlackUser(
    string Id,
    string Name,
    string Tz = "America/New_York",
    int TzOffset = -18000,
    string Locale = "en-US",
    string? Email = null,
    string TeamId = FakeSlackServer.TeamId);
