using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Testing;

/// <summary>
/// The Bot Framework's identity side on loopback (real Kestrel, 127.0.0.1, a free port): the Bot Connector's
/// OpenID document and JWKS (RSA keys with <c>endorsements</c>), a <see cref="MintToken"/> that signs tokens as
/// the Bot Connector would (or wrongly, on purpose), and an Entra token endpoint for the bot's client
/// credentials. Every request is recorded. Point <c>Teams:OpenIdMetadataUrl</c> at <see cref="OpenIdMetadataUrl"/>
/// and <c>Teams:TokenEndpoint</c> at <see cref="TokenEndpoint"/>.
/// </summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    public const string DefaultAppId = "0b07b07b-0000-4000-8000-00000000b07a";
    public const string DefaultAppPassword = "fake-app-password-DoNotLog";
    public const string DefaultTenantId = "7e7e7e7e-0000-4000-8000-000000007e57";
    public const string Issuer = "https://api.botframework.com";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/teams/";
    public const string Teams = "msteams";

    /// <summary>Where the JWKS is served, relative to <see cref="BaseAddress"/>.</summary>
    public const string KeysPath = "/keys";

    /// <summary>Where the OpenID document is served, relative to <see cref="BaseAddress"/> (the Bot Connector's spelling, no dash).</summary>
    public const string MetadataPath = "/.well-known/openidconfiguration";

    /// <summary>The secret HS256 tokens are signed with (what an attacker would try: a shared key with a known kid).</summary>
    public static readonly byte[] HmacSecret = Encoding.UTF8.GetBytes("a-shared-secret-long-enough-for-HS512-which-wants-64-bytes-or-more");

    private const string JsonType = "application/json; charset=utf-8";

    private readonly WebApplication app;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly List<FakeSigningKey> keys = [];
    private readonly HashSet<FakeSigningKey> published = [];
    private readonly List<BotFrameworkCall> calls = [];
    private readonly Queue<(HttpStatusCode Status, string Error, string Description)> tokenFailures = new();
    private long issued;
    private FakeSigningKey currentKey = null!;
    private X509Certificate2 certificate = null!;

    private FakeBotFramework(WebApplication app, TimeProvider time, string appId, string appPassword, string tenantId)
    {
        this.app = app;
        this.time = time;
        AppId = appId;
        AppPassword = appPassword;
        TenantId = tenantId;
    }

    public string AppId { get; }

    public string AppPassword { get; }

    /// <summary>The only tenant the token endpoint answers for; others get AADSTS700016, as Entra does.</summary>
    public string TenantId { get; }

    /// <summary>e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public Uri OpenIdMetadataUrl => new(BaseAddress, MetadataPath.TrimStart('/'));

    public Uri JwksUrl => new(BaseAddress, KeysPath.TrimStart('/'));

    /// <summary>
    /// The https listener the token endpoint is reached on (MSAL accepts no other scheme), with a self-signed
    /// certificate for 127.0.0.1 that only <see cref="CreateTrustingHandler"/> trusts; e.g. <c>https://127.0.0.1:54322/</c>.
    /// </summary>
    public Uri SecureBaseAddress { get; private set; } = null!;

    /// <summary>The token endpoint as <c>Teams:TokenEndpoint</c> spells it, with <c>{tenant}</c> left in.</summary>
    public string TokenEndpoint => SecureBaseAddress + "{tenant}/oauth2/v2.0/token";

    /// <summary>The key <see cref="MintToken"/> signs with unless told otherwise.</summary>
    public FakeSigningKey CurrentKey
    {
        get
        {
            lock (gate)
            {
                return currentKey;
            }
        }
    }

    /// <summary>When true, the OpenID document and the JWKS answer 503.</summary>
    public bool MetadataUnavailable { get; set; }

    /// <summary>The <c>expires_in</c> of issued tokens.</summary>
    public int TokenExpiresInSeconds { get; set; } = 3600;

    /// <summary>How long the token endpoint takes to answer (real time), so concurrent callers overlap.</summary>
    public TimeSpan TokenDelay { get; set; }

    /// <summary>Every request so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<BotFrameworkCall> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    public int MetadataFetches => Calls.Count(c => c.Path == MetadataPath);

    public int KeyFetches => Calls.Count(c => c.Path == KeysPath);

    public IReadOnlyList<BotFrameworkCall> TokenRequests => [.. Calls.Where(c => c.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))];

    /// <summary>The access tokens handed out so far.</summary>
    public IReadOnlyList<string> IssuedTokens { get; private set; } = [];

    public static async Task<FakeBotFramework> StartAsync(
        TimeProvider? time = null,
        string appId = DefaultAppId,
        string appPassword = DefaultAppPassword,
        string tenantId = DefaultTenantId,
        CancellationToken cancellationToken = default)
    {
        var certificate = LoopbackCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        var fake = new FakeBotFramework(app, time ?? TimeProvider.System, appId, appPassword, tenantId) { certificate = certificate };
        fake.currentKey = fake.AddKey();
        app.MapGet(MetadataPath, fake.HandleMetadata);
        app.MapGet(KeysPath, fake.HandleKeys);
        app.MapPost("/{tenant}/oauth2/v2.0/token", fake.HandleTokenAsync);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        static Uri Root(string address) => new(address.EndsWith('/') ? address : address + "/");
        fake.BaseAddress = Root(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        fake.SecureBaseAddress = Root(addresses.First(a => a.StartsWith("https://", StringComparison.Ordinal)));
        return fake;
    }

    /// <summary>
    /// A handler that trusts this fake's certificate and no other: configure the token endpoint's HttpClient
    /// with it (<c>ConfigurePrimaryHttpMessageHandler</c>) so MSAL reaches <see cref="TokenEndpoint"/>.
    /// </summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return new SocketsHttpHandler
        {
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.Ordinal),
            },
        };
    }

    /// <summary>
    /// A new RSA key. Endorsed for <c>msteams</c> unless <paramref name="endorsements"/> says otherwise; listed in the
    /// JWKS when <paramref name="publish"/>. Reusing a published kid makes an impostor key (a bad signature).
    /// </summary>
    public FakeSigningKey AddKey(string? keyId = null, IReadOnlyList<string>? endorsements = null, bool publish = true)
    {
        var key = new FakeSigningKey(keyId ?? "key-" + Guid.NewGuid().ToString("N")[..12], endorsements ?? [Teams]);
        lock (gate)
        {
            keys.Add(key);
            if (publish)
            {
                published.Add(key);
            }
        }

        return key;
    }

    public void Publish(FakeSigningKey key)
    {
        lock (gate)
        {
            published.Add(key);
        }
    }

    public void Unpublish(FakeSigningKey key)
    {
        lock (gate)
        {
            published.Remove(key);
        }
    }

    /// <summary>
    /// Key rotation: a new msteams key becomes <see cref="CurrentKey"/> and joins the JWKS; the old one stays
    /// listed unless <paramref name="retireOld"/>. A validator that cached the keys before does not know the new kid.
    /// </summary>
    public FakeSigningKey RotateKey(bool retireOld = false)
    {
        var next = AddKey();
        lock (gate)
        {
            if (retireOld)
            {
                published.Remove(currentKey);
            }

            currentKey = next;
        }

        return next;
    }

    /// <summary>The next <paramref name="times"/> token requests fail with this status and OAuth error.</summary>
    public void FailTokenRequests(
        HttpStatusCode status = HttpStatusCode.Unauthorized,
        int times = 1,
        string error = "invalid_client",
        string description = "AADSTS7000215: Invalid client secret provided.")
    {
        lock (gate)
        {
            for (var i = 0; i < times; i++)
            {
                tokenFailures.Enqueue((status, error, description));
            }
        }
    }

    /// <summary>A token as the Bot Connector sends it; <paramref name="token"/> changes what a test is about.</summary>
    public string MintToken(FakeBotToken? token = null)
    {
        token ??= new FakeBotToken();
        var now = time.GetUtcNow();
        var key = token.SigningKey ?? CurrentKey;
        var kid = token.KeyId ?? key.KeyId;
        var notBefore = token.NotBefore ?? now;
        var expires = token.Expires ?? now.AddHours(1);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [JwtRegisteredClaimNames.Iss] = token.Issuer ?? Issuer,
            [JwtRegisteredClaimNames.Aud] = token.Audience ?? AppId,
            [JwtRegisteredClaimNames.Nbf] = notBefore.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Exp] = expires.ToUnixTimeSeconds(),
        };
        if (!token.OmitServiceUrl)
        {
            claims["serviceurl"] = token.ServiceUrl ?? DefaultServiceUrl;
        }

        if (token.Algorithm == "none")
        {
            var header = JsonSerializer.Serialize(new Dictionary<string, string> { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid });
            return $"{Base64UrlEncoder.Encode(header)}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(claims))}.";
        }

        SecurityKey signingKey = token.Algorithm.StartsWith("HS", StringComparison.Ordinal)
            ? new SymmetricSecurityKey(HmacSecret) { KeyId = kid }
            : key.SecurityKey(kid);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey, token.Algorithm),
        });
    }

    /// <summary><c>Bearer &lt;token&gt;</c>, as the Authorization header carries it.</summary>
    public string AuthorizationHeader(FakeBotToken? token = null) => "Bearer " + MintToken(token);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        lock (gate)
        {
            foreach (var key in keys)
            {
                key.Dispose();
            }
        }

        certificate.Dispose();
    }

    private IResult HandleMetadata(HttpContext context)
    {
        if (Record(context, MetadataUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK, new Dictionary<string, string>()) != StatusCodes.Status200OK)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var document = new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = JwksUrl.ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        };
        return Results.Text(document.ToJsonString(), JsonType);
    }

    private IResult HandleKeys(HttpContext context)
    {
        if (Record(context, MetadataUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK, new Dictionary<string, string>()) != StatusCodes.Status200OK)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var list = new JsonArray();
        lock (gate)
        {
            foreach (var key in keys.Where(published.Contains))
            {
                var parameters = key.PublicParameters;
                list.Add(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JsonArray([.. key.Endorsements.Select(e => (JsonNode?)e)]),
                });
            }
        }

        return Results.Text(new JsonObject { ["keys"] = list }.ToJsonString(), JsonType);
    }

    private async Task HandleTokenAsync(HttpContext context)
    {
        var tenant = (string)context.Request.RouteValues["tenant"]!;
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(context.RequestAborted)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        if (TokenDelay > TimeSpan.Zero)
        {
            await Task.Delay(TokenDelay, context.RequestAborted);
        }

        (HttpStatusCode Status, string Error, string Description)? failure;
        lock (gate)
        {
            failure = tokenFailures.TryDequeue(out var scripted) ? scripted : null;
        }

        failure ??= !context.Request.HasFormContentType ? (HttpStatusCode.BadRequest, "invalid_request", "AADSTS900144: The request body must contain the following parameter: 'grant_type'.")
            : Field(form, "grant_type") != "client_credentials" ? (HttpStatusCode.BadRequest, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type.")
            : tenant != TenantId ? (HttpStatusCode.BadRequest, "unauthorized_client", $"AADSTS700016: Application with identifier '{Field(form, "client_id")}' was not found in the directory '{tenant}'.")
            : Field(form, "client_id") != AppId || Field(form, "client_secret") != AppPassword ? (HttpStatusCode.Unauthorized, "invalid_client", "AADSTS7000215: Invalid client secret provided.")
            : string.IsNullOrEmpty(Field(form, "scope")) ? (HttpStatusCode.BadRequest, "invalid_scope", "AADSTS1002012: The provided value for scope is not valid.")
            : null;

        Record(context, failure is { } f ? (int)f.Status : StatusCodes.Status200OK, form);
        context.Response.ContentType = JsonType;
        if (failure is { } refused)
        {
            context.Response.StatusCode = (int)refused.Status;
            await context.Response.WriteAsync(new JsonObject
            {
                ["error"] = refused.Error,
                ["error_description"] = refused.Description,
                ["error_codes"] = new JsonArray(),
            }.ToJsonString(), context.RequestAborted);
            return;
        }

        var accessToken = $"fake-bot-access-token-{Interlocked.Increment(ref issued).ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
        lock (gate)
        {
            IssuedTokens = [.. IssuedTokens, accessToken];
        }

        await context.Response.WriteAsync(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = TokenExpiresInSeconds,
            ["ext_expires_in"] = TokenExpiresInSeconds,
            ["access_token"] = accessToken,
        }.ToJsonString(), context.RequestAborted);
    }

    private int Record(HttpContext context, int status, Dictionary<string, string> form)
    {
        lock (gate)
        {
            calls.Add(new BotFrameworkCall(context.Request.Method, context.Request.Path.Value ?? "", time.GetUtcNow(), form, status));
        }

        return status;
    }

    private static X509Certificate2 LoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Kestrel wants a certificate whose private key it can use; a PKCS#12 round trip gives one on every OS.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    private static string? Field(Dictionary<string, string> form, string name) => form.TryGetValue(name, out var value) ? value : null;
}
