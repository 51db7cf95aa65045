using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Slack.Api;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.OAuth;

/// <summary>
/// Slack's OAuth v2 install: <c>GET /slack/install</c> sends a workspace admin to Slack's approval page with a
/// signed, expiring, single-use state; <c>GET /slack/oauth/callback</c> checks that state, trades the code for the
/// workspace's bot token (oauth.v2.access) and keeps it encrypted. A refused callback stores nothing.
/// </summary>
public static partial class SlackOAuthEndpoints
{
    public static IEndpointRouteBuilder MapSlackOAuth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(SlackAppRequirements.InstallPath, Install);
        endpoints.MapGet(SlackAppRequirements.OAuthCallbackPath, CallbackAsync);
        return endpoints;
    }

    private static IResult Install(HttpContext context, IOptions<SlackOAuthOptions> options, SlackInstallStates states)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return NotConfigured(context.Request);
        }

        var authorize = QueryHelpers.AddQueryString(settings.OAuthAuthorizeUrl.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["scope"] = string.Join(',', SlackAppRequirements.BotScopes.Order(StringComparer.Ordinal)),
            ["redirect_uri"] = RedirectUri(context.Request, settings).ToString(),
            ["state"] = states.Issue(),
        });
        return Results.Redirect(authorize);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext context, IOptions<SlackOAuthOptions> options, SlackInstallStates states, SlackApiClient slack, SlackBotTokens tokens, ILoggerFactory loggers)
    {
        var request = context.Request;
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return NotConfigured(request);
        }

        var culture = SlackInstallPage.CultureOf(request);
        var logger = loggers.CreateLogger(typeof(SlackOAuthEndpoints));
        var again = new Uri(BaseOf(request, settings), SlackAppRequirements.InstallPath).ToString();
        var query = request.Query;
        if (query["error"].ToString() is { Length: > 0 } sent)
        {
            // Typed by whoever calls the URL: only a code of Slack's shape is repeated in the log and the page.
            var error = SlackErrorCode().IsMatch(sent) ? sent : "unknown_error";
            LogNotInstalled(logger, error);
            return error == "access_denied"
                ? SlackInstallPage.Answer(culture, StatusCodes.Status200OK, InstallPageText.CancelledTitle(culture), InstallPageText.CancelledBody(culture, again))
                : Refused(culture, InstallPageText.SlackRefused(culture, error, again));
        }

        var check = await states.ConsumeAsync(query["state"].ToString(), context.RequestAborted);
        if (check != InstallStateCheck.Valid)
        {
            LogNotInstalled(logger, $"state {check}");
            return Refused(culture, check switch
            {
                InstallStateCheck.Expired => InstallPageText.StateExpired(culture, states.LifetimeMinutes, again),
                InstallStateCheck.Reused => InstallPageText.StateReused(culture, again),
                _ => InstallPageText.StateForged(culture, again),
            });
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            LogNotInstalled(logger, "no code");
            return Refused(culture, InstallPageText.CodeMissing(culture, again));
        }

        OAuthAccessResponse access;
        try
        {
            access = await slack.OAuth.V2AccessAsync(settings.ClientId!, settings.ClientSecret!, code, RedirectUri(request, settings), context.RequestAborted);
        }
        catch (SlackApiException e) when (e.Error is SlackApiException.RequestFailedError or SlackApiException.HttpError or SlackApiException.InvalidResponseError)
        {
            LogNotInstalled(logger, e.Error);
            return SlackInstallPage.Answer(culture, StatusCodes.Status502BadGateway, InstallPageText.NotInstalledTitle(culture), InstallPageText.SlackUnreachable(culture, again));
        }
        catch (SlackApiException e)
        {
            LogNotInstalled(logger, e.Error);
            return Refused(culture, InstallPageText.SlackRefused(culture, e.Error, again));
        }

        var teamName = string.IsNullOrWhiteSpace(access.Team.Name) ? access.Team.Id : access.Team.Name;
        var scopes = (access.Scope ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var installedBy = access.AuthedUser?.Id ?? "";
        var workspace = await tokens.SaveAsync(access.Team.Id, teamName, access.AccessToken, access.BotUserId, scopes, installedBy, context.RequestAborted);
        LogInstalled(logger, access.Team.Id, workspace.Id, installedBy, access.Scope ?? "");
        return SlackInstallPage.Answer(
            culture,
            StatusCodes.Status200OK,
            InstallPageText.InstalledTitle(culture),
            InstallPageText.InstalledBody(culture, workspace.Name),
            InstallPageText.InstalledNextStep(culture, string.Create(CultureInfo.InvariantCulture, $"platform: slack, id: {access.Team.Id}")));
    }

    private static IResult Refused(CultureInfo culture, string why) =>
        SlackInstallPage.Answer(culture, StatusCodes.Status400BadRequest, InstallPageText.NotInstalledTitle(culture), why);

    private static IResult NotConfigured(HttpRequest request)
    {
        var culture = SlackInstallPage.CultureOf(request);
        return SlackInstallPage.Answer(
            culture,
            StatusCodes.Status404NotFound,
            InstallPageText.NotConfiguredTitle(culture),
            InstallPageText.NotConfiguredBody(culture, $"{SlackOptions.Section}:{nameof(SlackOAuthOptions.ClientId)}", $"{SlackOptions.Section}:{nameof(SlackOAuthOptions.ClientSecret)}"));
    }

    /// <summary>The callback's address: as configured (behind a proxy that ends TLS), else where this request came in.</summary>
    private static Uri RedirectUri(HttpRequest request, SlackOAuthOptions settings) =>
        settings.OAuthRedirectUrl ?? new Uri(BaseOf(request, settings), SlackAppRequirements.OAuthCallbackPath);

    private static Uri BaseOf(HttpRequest request, SlackOAuthOptions settings) =>
        settings.OAuthRedirectUrl is { } configured ? new Uri(configured, "/") : new Uri($"{request.Scheme}://{request.Host}/");

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z_]{1,64}$")]
    private static partial System.Text.RegularExpressions.Regex SlackErrorCode();

    [LoggerMessage(Level = LogLevel.Information, Message = "ReviewBot was installed in Slack workspace {TeamId} (workspace {WorkspaceId}) by {InstalledBy} with scopes {Scopes}")]
    private static partial void LogInstalled(ILogger logger, string teamId, string workspaceId, string installedBy, string scopes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Slack install callback was refused ({Reason}); nothing was stored")]
    private static partial void LogNotInstalled(ILogger logger, string reason);
}
