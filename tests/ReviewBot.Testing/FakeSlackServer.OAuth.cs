using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ReviewBot.Testing;

/// <summary>
/// Slack's OAuth v2 install, faked: an authorize page that approves the install a test asked for (302 back to the
/// redirect URL with a code and the state), oauth.v2.access trading each code once for a token of its own team, and
/// the team each accepted token belongs to, so a test can tell which workspace's token a call carried.
/// </summary>
public sealed partial class FakeSlackServer
{
    public const string ClientId = "fake-client-id";
    public const string ClientSecret = "fake-client-secret-do-not-log";

    private readonly Dictionary<string, string> teamByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeSlackInstall> installsByCode = new(StringComparer.Ordinal);
    private readonly Queue<FakeSlackInstall> approvals = new();

    /// <summary>What <c>Slack:OAuthAuthorizeUrl</c> should be.</summary>
    public Uri OAuthAuthorizeUrl => new(BaseAddress, "oauth/v2/authorize");

    /// <summary>The next visit to the authorize page approves an install in this team, as its admin would.</summary>
    public void ApproveNextInstall(string teamId, string teamName, string installerId = "U0ADMIN")
    {
        lock (gate)
        {
            approvals.Enqueue(new FakeSlackInstall(teamId, teamName, installerId));
        }
    }

    /// <summary>A code oauth.v2.access accepts once, for an install in this team.</summary>
    public string IssueInstallCode(string teamId, string teamName, string installerId = "U0ADMIN")
    {
        var code = "code-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        lock (gate)
        {
            installsByCode[code] = new FakeSlackInstall(teamId, teamName, installerId);
        }

        return code;
    }

    /// <summary>The team whose token the call carried: <see cref="TeamId"/> for the default token, null for none or an unknown one.</summary>
    public string? TeamOf(SlackCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var token = call.Authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
        lock (gate)
        {
            return token is null ? null : token == BotToken ? TeamId : teamByToken.GetValueOrDefault(token);
        }
    }

    /// <summary>Every token issued to the team so far (to look for them where they must not be).</summary>
    public IReadOnlyList<string> TokensOf(string teamId)
    {
        lock (gate)
        {
            return [.. teamByToken.Where(t => t.Value == teamId).Select(t => t.Key)];
        }
    }

    /// <summary>The user whose direct messages with the bot the channel is; null for any other channel.</summary>
    public string? UserOfDirectMessage(string channel)
    {
        lock (gate)
        {
            return directMessages.FirstOrDefault(d => d.Value == channel).Key;
        }
    }

    /// <summary>Slack revokes the team's tokens, as on an uninstall: calls with them then answer invalid_auth.</summary>
    public void RevokeTeam(string teamId)
    {
        lock (gate)
        {
            foreach (var token in teamByToken.Where(t => t.Value == teamId).Select(t => t.Key))
            {
                tokens.Remove(token);
            }
        }
    }

    private IResult Authorize(HttpRequest request)
    {
        var redirect = request.Query["redirect_uri"].ToString();
        if (request.Query["client_id"] != ClientId || !Uri.TryCreate(redirect, UriKind.Absolute, out _))
        {
            return Results.BadRequest("bad client_id or redirect_uri");
        }

        FakeSlackInstall? approved;
        lock (gate)
        {
            approved = approvals.TryDequeue(out var next) ? next : null;
        }

        if (approved is null)
        {
            return Results.Redirect(QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["error"] = "access_denied", ["state"] = request.Query["state"] }));
        }

        var code = IssueInstallCode(approved.TeamId, approved.TeamName, approved.InstallerId);
        return Results.Redirect(QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["code"] = code, ["state"] = request.Query["state"] }));
    }

    /// <summary>oauth.v2.access: the app's own credentials in the form, a code used once. Caller holds the gate.</summary>
    private FakeSlackAnswer OAuthAccess(SlackCall call)
    {
        if (call.Arg("client_id") != ClientId || call.Arg("client_secret") != ClientSecret)
        {
            return Error("invalid_client_id");
        }

        if (call.Arg("code") is not { } code || !installsByCode.Remove(code, out var install))
        {
            return Error("invalid_code");
        }

        if (string.IsNullOrEmpty(call.Arg("redirect_uri")))
        {
            return Error("bad_redirect_uri");
        }

        // Built at run time: a token-looking literal must not sit in the code.
        var token = string.Join('-', "xoxb", install.TeamId, Convert.ToHexString(RandomNumberGenerator.GetBytes(12)));
        tokens.Add(token);
        teamByToken[token] = install.TeamId;
        return Ok(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "bot",
            ["scope"] = "commands,chat:write,im:write,im:history,channels:history,groups:history,users:read,files:write",
            ["bot_user_id"] = "U0BOT" + install.TeamId,
            ["app_id"] = "A0FAKE",
            ["team"] = new JsonObject { ["id"] = install.TeamId, ["name"] = install.TeamName },
            ["enterprise"] = null,
            ["authed_user"] = new JsonObject { ["id"] = install.InstallerId },
        });
    }

    /// <summary>auth.test's team: the one the token was issued to. Caller holds the gate.</summary>
    private string TeamOfToken(string authorization) =>
        teamByToken.GetValueOrDefault(authorization["Bearer ".Length..]) ?? TeamId;

    private sealed record FakeSlackInstall(string TeamId, string TeamName, string InstallerId);
}
