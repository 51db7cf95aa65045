namespace ReviewBot.Teams;

/// <summary>The Teams bot's settings. Teams is on when <see cref="AppId"/> is set.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>The tenant outbound tokens come from when <see cref="TenantId"/> is empty (the old multi-tenant bots).</summary>
    public const string MultiTenantTenant = "botframework.com";

    /// <summary>The bot's Microsoft App ID: the audience of every inbound token and the client id of outbound ones.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's client secret. Never logged.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The Entra tenant of a single-tenant bot; outbound tokens come from this tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>Where the Bot Connector's signing keys are published; configurable so tests use a local provider.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Issuers accepted on inbound tokens; the Bot Connector's by default.</summary>
    public IList<string> ValidIssuers { get; } = ["https://api.botframework.com"];

    /// <summary>The token endpoint for the bot's own tokens; {tenant} is replaced by <see cref="TenantId"/>.</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>The scope outbound tokens are for.</summary>
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId);
}
