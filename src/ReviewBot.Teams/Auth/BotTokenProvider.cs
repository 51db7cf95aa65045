using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace ReviewBot.Teams.Auth;

/// <summary>
/// The bot's own token for calling the Bot Connector: MSAL's client-credentials flow
/// (<see cref="IConfidentialClientApplication.AcquireTokenForClient"/>) against the tenant's authority, read from
/// MSAL's in-memory app token cache, which hands a token out until five minutes before it expires. Callers wait
/// on one gate so that many replies wanting a token at once cause one request, not one each.
/// </summary>
/// <remarks>
/// MSAL judges expiry by the system clock, not <see cref="TimeProvider"/>: its cache takes no clock.
/// </remarks>
public sealed partial class BotTokenProvider : IDisposable
{
    /// <summary>The named HttpClient MSAL calls the token endpoint with (MSAL does its own retries).</summary>
    public const string HttpClientName = "ReviewBot.Teams.TokenEndpoint";

    /// <summary>The tenant of multi-tenant bots (Bot Builder's <c>DefaultChannelAuthTenant</c>).</summary>
    public const string MultiTenantTenant = TeamsOptions.MultiTenantTenant;

    /// <summary>Entra's token path under an authority; MSAL appends it itself.</summary>
    internal const string TokenPath = "oauth2/v2.0/token";

    private readonly IHttpClientFactory httpClientFactory;
    private readonly IOptions<TeamsOptions> options;
    private readonly ILogger<BotTokenProvider> logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConfidentialClientApplication? application;

    public BotTokenProvider(IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, ILogger<BotTokenProvider> logger)
    {
        this.httpClientFactory = httpClientFactory;
        this.options = options;
        this.logger = logger;
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Whoever held the gate before us may have fetched it already: then this is a cache hit.
            return await AcquireAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>
    /// The authority MSAL signs in against: <see cref="TeamsOptions.TokenEndpoint"/> with <c>{tenant}</c> filled in and
    /// <c>oauth2/v2.0/token</c> taken off; null unless that endpoint is an absolute https URL ending so.
    /// </summary>
    internal static Uri? ResolveAuthority(TeamsOptions settings)
    {
        var tenant = string.IsNullOrWhiteSpace(settings.TenantId) ? MultiTenantTenant : settings.TenantId.Trim();
        var address = settings.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(endpoint.Query) || !endpoint.AbsolutePath.EndsWith("/" + TokenPath, StringComparison.Ordinal))
        {
            return null;
        }

        var authority = new Uri(endpoint, "../../");
        return authority.AbsolutePath.Length > 1 ? authority : null;
    }

    private async Task<string> AcquireAsync(CancellationToken cancellationToken)
    {
        var client = application ??= Build();
        var authority = client.Authority;
        try
        {
            var result = await client.AcquireTokenForClient([options.Value.TokenScope]).ExecuteAsync(cancellationToken);
            if (result.AuthenticationResultMetadata.TokenSource == TokenSource.IdentityProvider)
            {
                Log.Fetched(logger, authority, (int)(result.ExpiresOn - DateTimeOffset.UtcNow).TotalSeconds);
            }

            return result.AccessToken;
        }
        catch (MsalServiceException exception) when (exception.StatusCode > 0)
        {
            var status = (HttpStatusCode)exception.StatusCode;
            var (error, aadsts) = ErrorOf(exception.ResponseBody);
            error ??= OAuthError().IsMatch(exception.ErrorCode ?? "") ? exception.ErrorCode : null;
            Log.Refused(logger, authority, exception.StatusCode, error ?? "", aadsts ?? "");
            var codes = string.Join(", ", new[] { error, aadsts }.OfType<string>());
            throw new BotTokenException(
                $"The token endpoint under {authority} answered HTTP {exception.StatusCode}{(codes.Length > 0 ? $" ({codes})" : "")}.",
                status,
                error);
        }
        catch (Exception exception) when (exception is MsalException or HttpRequestException or TimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // MSAL's messages can quote the request; only the exception's type is logged and kept.
            var reason = exception is MsalException msal ? msal.ErrorCode : exception.GetType().Name;
            Log.Unreachable(logger, authority, reason);
            throw new BotTokenException($"The token endpoint under {authority} could not be reached or answered unusably ({reason}).", null, null);
        }
    }

    private IConfidentialClientApplication Build()
    {
        var settings = options.Value;
        if (!settings.IsConfigured || string.IsNullOrEmpty(settings.AppPassword))
        {
            throw new BotTokenException($"Teams is not configured: {TeamsOptions.Section}:{nameof(TeamsOptions.AppId)} and {TeamsOptions.Section}:{nameof(TeamsOptions.AppPassword)} are needed for the bot's token.");
        }

        var authority = ResolveAuthority(settings)
            ?? throw new BotTokenException($"{TeamsOptions.Section}:{nameof(TeamsOptions.TokenEndpoint)} is not an absolute https URL ending in /{TokenPath}.");

        // Instance discovery off: the configured endpoint is trusted as it is (sovereign clouds, tests' fake),
        // instead of asking Entra's discovery endpoint which hosts are its own.
        return ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppPassword)
            .WithAuthority(authority.ToString(), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new NamedHttpClientFactory(httpClientFactory))
            .Build();
    }

    /// <summary>The OAuth error code and the AADSTS number only; the description is free text and stays out.</summary>
    private static (string? Error, string? Aadsts) ErrorOf(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return (null, null);
        }

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

    /// <summary>Hands MSAL the named client, so its calls get our timeout and size limit, and no request logging.</summary>
    private sealed class NamedHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3110, Level = LogLevel.Debug, Message = "Got a Bot Connector token from {Authority}, valid for {ExpiresInSeconds} s")]
        public static partial void Fetched(ILogger logger, string authority, int expiresInSeconds);

        [LoggerMessage(EventId = 3111, Level = LogLevel.Warning, Message = "The token endpoint under {Authority} answered HTTP {StatusCode} {Error} {Aadsts}")]
        public static partial void Refused(ILogger logger, string authority, int statusCode, string error, string aadsts);

        [LoggerMessage(EventId = 3112, Level = LogLevel.Warning, Message = "The token endpoint under {Authority} could not be reached ({Reason})")]
        public static partial void Unreachable(ILogger logger, string authority, string reason);
    }
}
