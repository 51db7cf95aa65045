using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Teams.Auth;

/// <summary>
/// Checks the bearer token on a request from the Bot Connector, as Bot Builder's <c>ChannelValidation</c>,
/// <c>JwtTokenExtractor</c> and <c>EndorsementsValidator</c> do: an RS256/384/512 signature by a key published at
/// <see cref="TeamsOptions.OpenIdMetadataUrl"/>, one of <see cref="TeamsOptions.ValidIssuers"/>, the bot's App ID as
/// audience, the lifetime with five minutes of clock skew, a signing key endorsed for the activity's channel, and
/// a <c>serviceurl</c> claim equal to the activity's service URL. Anything unexpected is a rejection, never a pass.
/// </summary>
public sealed partial class BotTokenValidator
{
    /// <summary>The named HttpClient that fetches the OpenID document and the keys.</summary>
    public const string MetadataHttpClientName = "ReviewBot.Teams.OpenIdMetadata";

    /// <summary>Bot Builder's <c>AuthenticationConstants.DefaultClockSkew</c>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const string BearerScheme = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsProperty = "endorsements";

    // Bot Builder's AuthenticationConstants.AllowedSigningAlgorithms; "none" and HS* (key confusion) are out.
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOpenIdMetadata metadata;
    private readonly IOptions<TeamsOptions> options;
    private readonly TimeProvider time;
    private readonly ILogger<BotTokenValidator> logger;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public BotTokenValidator(IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        metadata = new BotOpenIdMetadata(httpClientFactory, time);
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    /// <param name="authorizationHeader">The request's Authorization header, <c>Bearer &lt;jwt&gt;</c>.</param>
    /// <param name="channelId">The activity's <c>channelId</c>; the signing key must be endorsed for it.</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>; the token's <c>serviceurl</c> claim must match it.</param>
    public async Task<BotAuthResult> ValidateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        BotAuthResult result;
        try
        {
            result = await ValidateCoreAsync(authorizationHeader, channelId, serviceUrl, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Failing closed: whatever goes wrong, the request is rejected, not let through or turned into a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Only the type: an exception from token parsing could quote the token.
            Log.ValidationFailed(logger, exception.GetType().Name);
            result = BotAuthResult.Invalid(BotAuthFailures.ValidationError);
        }

        if (!result.IsValid)
        {
            Log.Rejected(logger, result.FailureReason ?? BotAuthFailures.Invalid);
        }

        return result;
    }

    private async Task<BotAuthResult> ValidateCoreAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return BotAuthResult.Invalid(BotAuthFailures.NotConfigured);
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return BotAuthResult.Invalid(BotAuthFailures.MissingToken);
        }

        // The scheme is case-insensitive (RFC 9110 §11.1); the token itself is not touched.
        if (!authorizationHeader.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthResult.Invalid(BotAuthFailures.NotBearer);
        }

        var raw = authorizationHeader[BearerScheme.Length..].Trim();
        if (raw.Length == 0)
        {
            return BotAuthResult.Invalid(BotAuthFailures.MissingToken);
        }

        // Bot Builder skips the endorsement check when the activity has no channel; we do not.
        if (string.IsNullOrEmpty(channelId))
        {
            return BotAuthResult.Invalid(BotAuthFailures.MissingChannelId);
        }

        if (string.IsNullOrEmpty(serviceUrl))
        {
            return BotAuthResult.Invalid(BotAuthFailures.MissingServiceUrl);
        }

        if (ReadToken(raw) is not { } token)
        {
            return BotAuthResult.Invalid(BotAuthFailures.Malformed);
        }

        // Checked before any key is looked up, so an unsigned or HMAC token costs no metadata fetch.
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return BotAuthResult.Invalid(BotAuthFailures.DisallowedAlgorithm);
        }

        // Endorsements belong to a key, found by kid; a token that names none cannot be checked for them.
        if (string.IsNullOrEmpty(token.Kid))
        {
            return BotAuthResult.Invalid(BotAuthFailures.MissingKeyId);
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetAsync(settings.OpenIdMetadataUrl, cancellationToken);
            if (KeysFor(configuration, token.Kid).Count == 0)
            {
                Log.RefreshingKeys(logger);
                configuration = await metadata.RefreshAsync(settings.OpenIdMetadataUrl, configuration, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.MetadataUnavailable(logger, settings.OpenIdMetadataUrl, exception);
            return BotAuthResult.Invalid(BotAuthFailures.MetadataUnavailable);
        }

        var keys = KeysFor(configuration, token.Kid);
        if (keys.Count == 0)
        {
            return BotAuthResult.Invalid(BotAuthFailures.UnknownKey);
        }

        var validation = await handler.ValidateTokenAsync(token, Parameters(settings, keys));
        if (!validation.IsValid)
        {
            return BotAuthResult.Invalid(ReasonFor(validation.Exception));
        }

        // Endorsements name the channels a key may sign for: a key for another channel cannot speak for Teams.
        if (validation.SecurityToken is not JsonWebToken { SigningKey: JsonWebKey signingKey } || !EndorsementsOf(signingKey).Contains(channelId))
        {
            return BotAuthResult.Invalid(BotAuthFailures.NotEndorsedFor(channelId));
        }

        // Without this, a token issued for one service URL could be replayed with an activity naming another.
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) || !SameServiceUrl(claimed, serviceUrl))
        {
            return BotAuthResult.Invalid(BotAuthFailures.ServiceUrlMismatch);
        }

        return BotAuthResult.Valid(validation.ClaimsIdentity);
    }

    private TokenValidationParameters Parameters(TeamsOptions settings, IReadOnlyList<JsonWebKey> keys) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = [.. settings.ValidIssuers],
        ValidateAudience = true,
        ValidAudience = settings.AppId,
        RequireAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        // The built-in check reads the system clock; ours reads the injected one, so tests control expiry.
        LifetimeValidator = ValidateLifetime,
        RequireSignedTokens = true,
        ValidAlgorithms = AllowedAlgorithms,
        // Only the keys carrying the token's kid: another published key must not vouch for it.
        IssuerSigningKeys = keys,
        TryAllIssuerSigningKeys = false,
        ValidateIssuerSigningKey = true,
        SaveSigninToken = false,
        AuthenticationType = "BotConnector",
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is not { } expiry)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is { } start && start > expiry)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's lifetime ends before it starts.") { NotBefore = start, Expires = expiry };
        }

        if (notBefore is { } from && from > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = from };
        }

        if (expiry < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expiry };
        }

        return true;
    }

    private JsonWebToken? ReadToken(string raw)
    {
        try
        {
            return handler.CanReadToken(raw) && handler.ReadJsonWebToken(raw) is { IsEncrypted: false } token ? token : null;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException or JsonException or FormatException)
        {
            return null;
        }
    }

    private static List<JsonWebKey> KeysFor(OpenIdConnectConfiguration configuration, string kid) =>
        configuration.JsonWebKeySet?.Keys
            .Where(k => string.Equals(k.Kid, kid, StringComparison.Ordinal)
                && k.Kty == JsonWebAlgorithmsKeyTypes.RSA
                && (string.IsNullOrEmpty(k.Use) || k.Use == JsonWebKeyUseNames.Sig))
            .ToList() ?? [];

    /// <summary>The Bot Connector's extension to the JWKS; IdentityModel keeps unknown members in AdditionalData.</summary>
    private static HashSet<string> EndorsementsOf(JsonWebKey key)
    {
        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (!key.AdditionalData.TryGetValue(EndorsementsProperty, out var value))
        {
            return endorsements;
        }

        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                endorsements.UnionWith(array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                break;
            case IEnumerable<object> items:
                endorsements.UnionWith(items.Select(i => i switch { string s => s, JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(), _ => null }).OfType<string>());
                break;
        }

        return endorsements;
    }

    private static bool SameServiceUrl(string claimed, string activity) =>
        string.Equals(claimed.TrimEnd('/'), activity.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string ReasonFor(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => BotAuthFailures.Expired,
        SecurityTokenNotYetValidException => BotAuthFailures.NotYetValid,
        SecurityTokenNoExpirationException => BotAuthFailures.MissingExpiry,
        SecurityTokenInvalidIssuerException => BotAuthFailures.WrongIssuer,
        SecurityTokenInvalidAudienceException => BotAuthFailures.WrongAudience,
        SecurityTokenSignatureKeyNotFoundException => BotAuthFailures.UnknownKey,
        SecurityTokenInvalidAlgorithmException => BotAuthFailures.DisallowedAlgorithm,
        SecurityTokenInvalidSignatureException => BotAuthFailures.BadSignature,
        SecurityTokenMalformedException => BotAuthFailures.Malformed,
        _ => BotAuthFailures.Invalid,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Rejected a Bot Connector token: {Reason}")]
        public static partial void Rejected(ILogger logger, string reason);

        [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "A Bot Connector token names a key we do not know; fetching the keys again")]
        public static partial void RefreshingKeys(ILogger logger);

        [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "The Bot Connector's OpenID metadata at {MetadataUrl} could not be read; rejecting the request")]
        public static partial void MetadataUnavailable(ILogger logger, Uri metadataUrl, Exception exception);

        [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Validating a Bot Connector token failed with {ExceptionType}; rejecting the request")]
        public static partial void ValidationFailed(ILogger logger, string exceptionType);
    }
}
