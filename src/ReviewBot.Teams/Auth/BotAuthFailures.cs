namespace ReviewBot.Teams.Auth;

/// <summary>The reasons a Bot Connector token is rejected; fixed strings so they can be logged and asserted.</summary>
public static class BotAuthFailures
{
    public const string NotConfigured = "teams not configured";
    public const string MissingToken = "missing token";
    public const string NotBearer = "not a bearer token";
    public const string MissingChannelId = "missing channel id";
    public const string MissingServiceUrl = "missing service url";
    public const string Malformed = "malformed token";
    public const string DisallowedAlgorithm = "disallowed algorithm";
    public const string MissingKeyId = "missing key id";
    public const string MetadataUnavailable = "metadata unavailable";
    public const string UnknownKey = "unknown key";
    public const string BadSignature = "bad signature";
    public const string WrongIssuer = "wrong issuer";
    public const string WrongAudience = "wrong audience";
    public const string Expired = "expired";
    public const string NotYetValid = "not yet valid";
    public const string MissingExpiry = "missing expiry";
    public const string ServiceUrlMismatch = "serviceurl mismatch";
    public const string Invalid = "invalid token";
    public const string ValidationError = "validation error";

    /// <summary>
    /// "not endorsed for msteams". The channel id comes from the (not yet trusted) request body, so it is
    /// only echoed when it looks like a channel id; anything else could smuggle text into the logs.
    /// </summary>
    public static string NotEndorsedFor(string channelId) =>
        channelId.Length <= 32 && channelId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? $"not endorsed for {channelId}"
            : "not endorsed for this channel";
}
