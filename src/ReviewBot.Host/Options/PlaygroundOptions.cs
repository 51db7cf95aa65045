namespace ReviewBot.Host.Options;

/// <summary>The local playground page at <c>GET /</c>. Bound from <c>Playground</c>.</summary>
public sealed class PlaygroundOptions
{
    public const string Section = "Playground";

    /// <summary>
    /// <c>true</c> serves the playground even with Slack or Teams configured; <c>false</c> never serves it.
    /// Unset (the default), it is on exactly when no chat platform is configured, so a fresh checkout
    /// has something to talk to and a production host does not show a page nobody asked for.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Whether <c>Slack:SigningSecret</c>, <c>Slack:AppToken</c> or <c>Teams:AppId</c> is set; filled in from configuration, not bound.</summary>
    public bool ChatPlatformConfigured { get; set; }

    public bool IsOn => Enabled ?? !ChatPlatformConfigured;
}
