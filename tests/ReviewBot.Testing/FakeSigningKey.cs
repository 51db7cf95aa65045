using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Testing;

/// <summary>An RSA key of <see cref="FakeBotFramework"/>: its kid, the channels it is endorsed for, and whether the JWKS lists it.</summary>
public sealed class FakeSigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    internal FakeSigningKey(string keyId, IReadOnlyList<string> endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>The private key, as IdentityModel signs with it.</summary>
    public RsaSecurityKey SecurityKey(string? keyId = null) => new(rsa) { KeyId = keyId ?? KeyId };

    internal RSAParameters PublicParameters => rsa.ExportParameters(includePrivateParameters: false);

    public void Dispose() => rsa.Dispose();
}
