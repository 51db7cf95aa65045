namespace ReviewBot.Testing;

/// <summary>
/// What <see cref="FakeBotFramework.MintToken"/> puts in a token. Every property left null takes the value a
/// real Bot Connector token would have (issuer, the fake's app id, now … now + 1 h, the default service URL,
/// RS256 with the current key), so a test changes only what it is about.
/// </summary>
public sealed record FakeBotToken
{
    public string? Issuer { get; init; }

    public string? Audience { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>The <c>serviceurl</c> claim; see <see cref="OmitServiceUrl"/> to leave it out.</summary>
    public string? ServiceUrl { get; init; }

    public bool OmitServiceUrl { get; init; }

    /// <summary><c>RS256</c>, <c>RS384</c>, <c>RS512</c>, <c>HS256</c> (signed with a shared secret) or <c>none</c> (unsigned).</summary>
    public string Algorithm { get; init; } = "RS256";

    /// <summary>The key that signs; the fake's current key when null.</summary>
    public FakeSigningKey? SigningKey { get; init; }

    /// <summary>The <c>kid</c> header when it should not be the signing key's own.</summary>
    public string? KeyId { get; init; }
}
