using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Each Slack workspace's bot token: those installed through OAuth, stored encrypted with ASP.NET Core Data
/// Protection (the store holds only ciphertext), and the configured <c>Slack:BotToken</c> for the one workspace it
/// belongs to (auth.test tells which). A token is only ever handed out for its own team.
/// </summary>
/// <remarks>
/// Decrypted tokens are kept in memory for <see cref="Remembered"/>'s minute, so a fan-out of prompts does not read
/// and decrypt one per message; an install or uninstall on this host replaces or drops them at once. Another host's
/// uninstall is seen within that minute, and Slack refuses the revoked token meanwhile.
/// </remarks>
public sealed partial class SlackBotTokens(
    ISlackInstallations installations,
    IDataProtectionProvider protection,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackBotTokens> logger)
{
    /// <summary>Data Protection's purpose for bot tokens: ciphertext made for another purpose does not decrypt as one.</summary>
    public const string Purpose = "ReviewBot.Slack.BotToken.v1";

    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> recent = new(StringComparer.Ordinal);
    private volatile string? configuredTeamId;
    private volatile string? configuredTeamEnded;

    /// <summary>The configured <c>Slack:BotToken</c>, unless its workspace uninstalled the app since this host started.</summary>
    public string? ConfiguredToken =>
        string.IsNullOrWhiteSpace(options.Value.BotToken) || (configuredTeamEnded is not null && configuredTeamEnded == configuredTeamId) ? null : options.Value.BotToken;

    /// <summary>The team the configured token belongs to, once auth.test said; null before.</summary>
    public string? ConfiguredTeamId => configuredTeamId;

    /// <summary>What auth.test answered for the configured token.</summary>
    public void ConfiguredTokenBelongsTo(string teamId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        configuredTeamId = teamId;
    }

    /// <summary>The team's installed token (decrypted); null when it has none.</summary>
    public async Task<string?> FindInstalledAsync(string teamId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var now = time.GetUtcNow();
        if (recent.TryGetValue(teamId, out var kept) && kept.Until > now)
        {
            return kept.Token;
        }

        if (await installations.FindAsync(teamId, cancellationToken) is not { } installation)
        {
            recent.TryRemove(teamId, out _);
            return null;
        }

        try
        {
            var token = protector.Unprotect(installation.ProtectedBotToken);
            recent[teamId] = (token, now + Remembered);
            return token;
        }
        catch (CryptographicException)
        {
            // Encrypted with keys this host does not have (another key folder, or keys lost): as good as none.
            LogUnreadable(logger, teamId);
            return null;
        }
    }

    /// <summary>Keeps the workspace's new install: its token encrypted, its workspace created or served again.</summary>
    public async Task<Workspace> SaveAsync(string teamId, string teamName, string botToken, string botUserId, IReadOnlyList<string> scopes, string installedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botToken);
        var now = time.GetUtcNow();
        var workspace = await installations.SaveAsync(
            new SlackInstallation(teamId, teamName, protector.Protect(botToken), botUserId, scopes, installedBy, now), cancellationToken);
        recent[teamId] = (botToken, now + Remembered);
        if (configuredTeamEnded == teamId)
        {
            configuredTeamEnded = null;
        }

        return workspace;
    }

    /// <summary>The app was uninstalled or its tokens revoked: the team's token is deleted and never used again.</summary>
    public async Task ForgetAsync(string teamId, CancellationToken cancellationToken)
    {
        recent.TryRemove(teamId, out _);
        if (teamId == configuredTeamId)
        {
            configuredTeamEnded = teamId;
        }

        await installations.DeleteAsync(teamId, cancellationToken);
        // Again: a call that read the token while it was being deleted may have kept it meanwhile.
        recent.TryRemove(teamId, out _);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The stored bot token of Slack workspace {TeamId} cannot be decrypted with this host's Data Protection keys (DataProtection:KeyFolder); install the app there again")]
    private static partial void LogUnreadable(ILogger logger, string teamId);
}
