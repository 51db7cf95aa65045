namespace ReviewBot.Slack.OAuth;

/// <summary>
/// Installing the app in more workspaces through Slack's OAuth v2 flow (<c>/slack/install</c>), from the
/// <c>Slack</c> section. Off until a client id is set.
/// </summary>
public sealed class SlackOAuthOptions
{
    /// <summary>From the app's Basic Information page.</summary>
    public string? ClientId { get; set; }

    /// <summary>From the app's Basic Information page. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Slack's page where a person approves the install; configurable so tests can point it at a local fake.</summary>
    public Uri OAuthAuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>
    /// The callback's public address as listed in the app's OAuth &amp; Permissions page, e.g.
    /// https://reviewbot.example.com/slack/oauth/callback; unset, the address the install request reached.
    /// </summary>
    public Uri? OAuthRedirectUrl { get; set; }

    /// <summary>Minutes an install link stays good: long enough to read Slack's page, short enough to be useless if leaked.</summary>
    public int OAuthStateMinutes { get; set; } = 10;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);

    public TimeSpan StateLifetime => TimeSpan.FromMinutes(OAuthStateMinutes);
}
