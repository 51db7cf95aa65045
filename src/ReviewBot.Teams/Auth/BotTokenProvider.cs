using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReviewBot.Teams.Auth;

/// <summary>
/// The bot's own token for calling the Bot Connector (Bot Builder's <c>AppCredentials</c>): OAuth client
/// credentials against <see cref="TeamsOptions.TokenEndpoint"/>, cached until <see cref="RefreshMargin"/> before it
/// expires, with one request in flight however many replies want a token at once.
/// </summary>
public sealed partial class BotTokenProvider : IDisposable
{
    /// <summary>The named HttpClient (with the standard resilience handler) that calls the token endpoint.</summary>
    public const string HttpClientName = "ReviewBot.Teams.TokenEndpoint";

    /// <summary>The tenant of multi-tenant bots (Bot Builder's <c>DefaultChannelAuthTenant</c>).</summary>
    public const string MultiTenantTenant = TeamsOptions.MultiTenantTenant;

    /// <summary>A token is replaced this long before it expires, so one handed out never dies mid-call.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory httpClientFactory;
    private readonly IOptions<TeamsOptions> options;
    private readonly TimeProvider time;
    private readonly ILogger<BotTokenProvider> logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private CachedToken? cached;

    public BotTokenProvider(IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotTokenProvider> logger)
    {
        this.httpClientFactory = httpClientFactory;
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref cached)) is { } token)
        {
            return token;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Whoever held the gate before us may have fetched it already.
            if (Fresh(cached) is { } fetched)
            {
                return fetched;
            }

            var next = await FetchAsync(cancellationToken);
            Volatile.Write(ref cached, next);
            return next.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>The token endpoint with <c>{tenant}</c> filled in; null unless it is an absolute https URL (http only on loopback).</summary>
    internal static Uri? ResolveTokenEndpoint(TeamsOptions settings)
    {
        var tenant = string.IsNullOrWhiteSpace(settings.TenantId) ? MultiTenantTenant : settings.TenantId.Trim();
        var address = settings.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && BotMetadataDocumentRetriever.IsAllowed(uri) ? uri : null;
    }

    private string? Fresh(CachedToken? token) => token is not null && time.GetUtcNow() < token.RefreshAfter ? token.Value : null;

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured || string.IsNullOrEmpty(settings.AppPassword))
        {
            throw new BotTokenException($"Teams is not configured: {TeamsOptions.Section}:{nameof(TeamsOptions.AppId)} and {TeamsOptions.Section}:{nameof(TeamsOptions.AppPassword)} are needed for the bot's token.");
        }

        var endpoint = ResolveTokenEndpoint(settings)
            ?? throw new BotTokenException($"{TeamsOptions.Section}:{nameof(TeamsOptions.TokenEndpoint)} is not an absolute https URL.");

        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", settings.AppId!),
            new("client_secret", settings.AppPassword),
            new("scope", settings.TokenScope),
        ]);

        var requestedAt = time.GetUtcNow();
        using var http = httpClientFactory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(endpoint, form, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.Unreachable(logger, endpoint, exception.GetType().Name);
            throw new BotTokenException($"The token endpoint {endpoint} could not be reached ({exception.GetType().Name}).", null, null, exception);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var (error, aadsts) = ErrorOf(body);
                Log.Refused(logger, endpoint, (int)response.StatusCode, error ?? "", aadsts ?? "");
                var codes = string.Join(", ", new[] { error, aadsts }.OfType<string>());
                throw new BotTokenException(
                    $"The token endpoint {endpoint} answered HTTP {(int)response.StatusCode}{(codes.Length > 0 ? $" ({codes})" : "")}.",
                    response.StatusCode,
                    error);
            }

            if (!TryReadToken(body, out var value, out var expiresIn))
            {
                Log.Refused(logger, endpoint, (int)response.StatusCode, "invalid_response", "");
                throw new BotTokenException($"The token endpoint {endpoint} answered without a usable bearer token.", response.StatusCode, "invalid_response");
            }

            Log.Fetched(logger, endpoint, (int)expiresIn.TotalSeconds);
            // Short-lived tokens (under twice the margin) are renewed at half-life instead.
            var renewIn = expiresIn > RefreshMargin * 2 ? expiresIn - RefreshMargin : expiresIn / 2;
            return new CachedToken(value, requestedAt + renewIn);
        }
    }

    private static bool TryReadToken(string body, out string value, out TimeSpan expiresIn)
    {
        value = "";
        expiresIn = TimeSpan.Zero;
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(token.GetString())
                || (root.TryGetProperty("token_type", out var type) && !string.Equals(type.GetString(), "Bearer", StringComparison.OrdinalIgnoreCase))
                || !root.TryGetProperty("expires_in", out var expires))
            {
                return false;
            }

            // The v2 endpoint sends a number; the v1 endpoint sent a string.
            var seconds = expires.ValueKind switch
            {
                JsonValueKind.Number when expires.TryGetInt64(out var n) => n,
                JsonValueKind.String when long.TryParse(expires.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
                _ => 0,
            };
            if (seconds <= 0)
            {
                return false;
            }

            value = token.GetString()!;
            expiresIn = TimeSpan.FromSeconds(seconds);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The OAuth error code and the AADSTS number only; the description is free text and stays out.</summary>
    private static (string? Error, string? Aadsts) ErrorOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String && OAuthError().IsMatch(e.GetString()!) ? e.GetString() : null;
            var aadsts = root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String && AadstsCode().Match(d.GetString()!) is { Success: true } m ? m.Value : null;
            return (error, aadsts);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    [GeneratedRegex("^[a-z_]{1,64}$")]
    private static partial Regex OAuthError();

    [GeneratedRegex(@"AADSTS\d{1,10}")]
    private static partial Regex AadstsCode();

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAfter);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3110, Level = LogLevel.Debug, Message = "Got a Bot Connector token from {Endpoint}, valid for {ExpiresInSeconds} s")]
        public static partial void Fetched(ILogger logger, Uri endpoint, int expiresInSeconds);

        [LoggerMessage(EventId = 3111, Level = LogLevel.Warning, Message = "The token endpoint {Endpoint} answered HTTP {StatusCode} {Error} {Aadsts}")]
        public static partial void Refused(ILogger logger, Uri endpoint, int statusCode, string error, string aadsts);

        [LoggerMessage(EventId = 3112, Level = LogLevel.Warning, Message = "The token endpoint {Endpoint} could not be reached ({ExceptionType})")]
        public static partial void Unreachable(ILogger logger, Uri endpoint, string exceptionType);
    }
}
