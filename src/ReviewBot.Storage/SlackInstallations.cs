using ReviewBot.Core.Workspaces;

namespace ReviewBot.Storage;

/// <summary>
/// Slack installs over the SQL store. The bot token arrives and leaves as the adapter's ciphertext: nothing
/// here can read it. Each call opens its own session.
/// </summary>
public sealed class SlackInstallations(Database database) : ISlackInstallations
{
    private const string Columns = "team_id, team_name, protected_bot_token, bot_user_id, scopes, installed_by, installed_at";

    public async Task<Workspace> SaveAsync(SlackInstallation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        await using var session = await database.BeginAsync(cancellationToken);
        var workspace = await session.Workspaces.EnsureAsync(ChatPlatform.Slack, installation.TeamId, installation.TeamName, cancellationToken);
        if (!workspace.Enabled)
        {
            // Installed again after an uninstall: the workspace is served again, with the data it kept.
            await session.Workspaces.SetEnabledAsync(workspace.Id, enabled: true, cancellationToken);
            workspace = workspace with { Enabled = true };
        }

        await session.ExecuteAsync(
            $"""
            INSERT INTO slack_installations ({Columns})
            VALUES (@TeamId, @TeamName, @ProtectedBotToken, @BotUserId, @Scopes, @InstalledBy, @InstalledAt)
            ON CONFLICT (team_id) DO UPDATE SET
                team_name = excluded.team_name, protected_bot_token = excluded.protected_bot_token, bot_user_id = excluded.bot_user_id,
                scopes = excluded.scopes, installed_by = excluded.installed_by, installed_at = excluded.installed_at
            """,
            new
            {
                installation.TeamId,
                installation.TeamName,
                installation.ProtectedBotToken,
                installation.BotUserId,
                Scopes = string.Join(',', installation.Scopes),
                installation.InstalledBy,
                installation.InstalledAt,
            },
            cancellationToken);
        await session.CommitAsync(cancellationToken);
        return workspace;
    }

    public async Task<SlackInstallation?> FindAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        var row = await session.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM slack_installations WHERE team_id = @TeamId",
            new { TeamId = teamId },
            cancellationToken);
        return row?.ToInstallation();
    }

    public async Task<bool> DeleteAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        return await session.ExecuteAsync("DELETE FROM slack_installations WHERE team_id = @TeamId", new { TeamId = teamId }, cancellationToken) > 0;
    }

    /// <remarks>One insert that does nothing on a known id: two hosts handed the same state at once cannot both win.</remarks>
    public async Task<bool> TryConsumeStateAsync(string stateId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateId);
        await using var session = await database.OpenWriterAsync(cancellationToken);
        return await session.ExecuteAsync(
            "INSERT INTO oauth_states (state_id, expires_at) VALUES (@StateId, @ExpiresAt) ON CONFLICT (state_id) DO NOTHING",
            new { StateId = stateId, ExpiresAt = expiresAt },
            cancellationToken) == 1;
    }

    /// <summary>Forgets used states that expired before <paramref name="now"/> (they are refused as expired anyway); how many.</summary>
    public async Task<int> PruneStatesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        return await session.ExecuteAsync("DELETE FROM oauth_states WHERE expires_at <= @Now", new { Now = now }, cancellationToken);
    }

    private sealed class Row
    {
        public string TeamId { get; set; } = "";

        public string TeamName { get; set; } = "";

        public string ProtectedBotToken { get; set; } = "";

        public string BotUserId { get; set; } = "";

        public string Scopes { get; set; } = "";

        public string InstalledBy { get; set; } = "";

        public DateTimeOffset InstalledAt { get; set; }

        public SlackInstallation ToInstallation() => new(
            TeamId, TeamName, ProtectedBotToken, BotUserId, Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries), InstalledBy, InstalledAt);
    }
}
