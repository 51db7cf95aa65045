using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Host.Import;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// A <see cref="SlackHost"/> with Slack's OAuth install turned on against the fake (its own workspace keeps the
/// configured bot token), and what a person's browser does: follow the install link to Slack's page and back.
/// </summary>
internal static class SlackOAuthHost
{
    public const string Alpha = "T0ALPHA";
    public const string Bravo = "T0BRAVO";

    public static Task<SlackHost> StartAsync(CancellationToken cancellationToken, SlackHost? sameDatabaseAs = null) =>
        SlackHost.StartAsync(cancellationToken, sameDatabaseAs: sameDatabaseAs, settings: slack => new Dictionary<string, string>
        {
            ["Slack:ClientId"] = FakeSlackServer.ClientId,
            ["Slack:ClientSecret"] = FakeSlackServer.ClientSecret,
            ["Slack:OAuthAuthorizeUrl"] = slack.OAuthAuthorizeUrl.ToString(),
        });

    /// <summary>A browser that shows each redirect rather than following it.</summary>
    public static HttpClient WebBrowser(string? language = null)
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        if (language is not null)
        {
            browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return browser;
    }

    /// <summary>Where <c>/slack/install</c> sends the browser: Slack's authorize page with the link's query.</summary>
    public static async Task<Uri> InstallLinkAsync(SlackHost host, HttpClient browser, CancellationToken cancellationToken)
    {
        using var install = await browser.GetAsync(new Uri(host.Client.BaseAddress!, "/slack/install"), cancellationToken);
        Xunit.Assert.Equal(HttpStatusCode.Redirect, install.StatusCode);
        return install.Headers.Location!;
    }

    /// <summary>Slack's page approves the install (or, not told to, answers access_denied): the callback URL it sends the browser to.</summary>
    public static async Task<Uri> ThroughSlackAsync(HttpClient browser, Uri installLink, CancellationToken cancellationToken)
    {
        using var slack = await browser.GetAsync(installLink, cancellationToken);
        Xunit.Assert.Equal(HttpStatusCode.Redirect, slack.StatusCode);
        return slack.Headers.Location!;
    }

    /// <summary>The whole install as an admin of <paramref name="teamId"/> does it; the callback's answer.</summary>
    public static async Task<HttpResponseMessage> InstallAsync(SlackHost host, string teamId, string teamName, CancellationToken cancellationToken, string? language = null)
    {
        using var browser = WebBrowser(language);
        host.Slack.ApproveNextInstall(teamId, teamName);
        var callback = await ThroughSlackAsync(browser, await InstallLinkAsync(host, browser, cancellationToken), cancellationToken);
        return await browser.GetAsync(callback, cancellationToken);
    }

    /// <summary>
    /// The demo team's OKR file as the team of another Slack workspace: its members' ids start with
    /// <c>U</c> + <paramref name="prefix"/>, its team is called <paramref name="teamName"/>.
    /// </summary>
    public static async Task ImportTeamAsync(SlackHost host, string teamId, string prefix, string teamName, CancellationToken cancellationToken)
    {
        var yaml = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "export-sales.yaml"), cancellationToken))
            .Replace("  platform: playground", "  platform: slack", StringComparison.Ordinal)
            .Replace("  id: demo", $"  id: {teamId}", StringComparison.Ordinal)
            .Replace("  name: Demo Trading Co.", $"  name: {teamName} Co.", StringComparison.Ordinal)
            .Replace("  name: Export Sales", $"  name: {teamName}", StringComparison.Ordinal)
            .Replace("slackUserId: U0", $"slackUserId: U{prefix}", StringComparison.Ordinal)
            .Replace("C0EXPORTSALES", $"C{prefix}SALES", StringComparison.Ordinal);
        var file = OkrFileReader.Read(yaml).File!;
        await new OkrImporter(host.Services.GetRequiredService<Database>()).ImportAsync(file, dryRun: false, cancellationToken);
    }

    /// <summary>The workspace a Slack user of these tests belongs to, by the prefix of their id.</summary>
    public static string TeamOfUser(string userId) => userId[..2] switch
    {
        "UA" => Alpha,
        "UB" => Bravo,
        _ => FakeSlackServer.TeamId,
    };

    /// <summary>The user a Web API call is about: the one opened, looked up or published for, or whose direct messages it posts in.</summary>
    public static string? UserOf(FakeSlackServer slack, SlackCall call) =>
        call.Arg("users") ?? call.Arg("user") ?? call.Arg("user_id") ?? (call.Arg("channel") is { } channel ? slack.UserOfDirectMessage(channel) : null);
}
