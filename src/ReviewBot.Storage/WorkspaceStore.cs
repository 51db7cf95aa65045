using ReviewBot.Core.Workspaces;

namespace ReviewBot.Storage;

public sealed class WorkspaceStore
{
    private const string Columns = "id, platform, external_id, name, enabled";

    private readonly StorageSession _session;

    internal WorkspaceStore(StorageSession session) => _session = session;

    /// <summary>The workspace for a platform's own id, created on first sight; its name follows the latest.</summary>
    public async Task<Workspace> EnsureAsync(ChatPlatform platform, string externalId, string name, CancellationToken cancellationToken)
    {
        var row = await _session.QuerySingleOrDefaultAsync<WorkspaceRow>(
            $"""
            INSERT INTO workspaces (id, platform, external_id, name, enabled)
            VALUES (@Id, @Platform, @ExternalId, @Name, TRUE)
            ON CONFLICT (platform, external_id) DO UPDATE SET name = excluded.name
            RETURNING {Columns}
            """,
            new { Id = Core.Ids.New(), Platform = platform.ToString(), ExternalId = externalId, Name = name },
            cancellationToken);
        return row!.ToWorkspace();
    }

    public async Task<Workspace?> FindAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken)
    {
        var row = await _session.QuerySingleOrDefaultAsync<WorkspaceRow>(
            $"SELECT {Columns} FROM workspaces WHERE platform = @Platform AND external_id = @ExternalId",
            new { Platform = platform.ToString(), ExternalId = externalId },
            cancellationToken);
        return row?.ToWorkspace();
    }

    public async Task<Workspace?> GetAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var row = await _session.QuerySingleOrDefaultAsync<WorkspaceRow>(
            $"SELECT {Columns} FROM workspaces WHERE id = @WorkspaceId",
            new { WorkspaceId = workspaceId },
            cancellationToken);
        return row?.ToWorkspace();
    }

    /// <summary>The workspaces the bot still serves (not uninstalled), for work that runs across all of them.</summary>
    public async Task<IReadOnlyList<Workspace>> EnabledAsync(CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<WorkspaceRow>($"SELECT {Columns} FROM workspaces WHERE enabled = TRUE ORDER BY id", null, cancellationToken)).Select(r => r.ToWorkspace())];

    public Task SetEnabledAsync(string workspaceId, bool enabled, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "UPDATE workspaces SET enabled = @Enabled WHERE id = @WorkspaceId",
            new { WorkspaceId = workspaceId, Enabled = enabled },
            cancellationToken);

    private sealed class WorkspaceRow
    {
        public string Id { get; set; } = "";

        public string Platform { get; set; } = "";

        public string ExternalId { get; set; } = "";

        public string Name { get; set; } = "";

        public bool Enabled { get; set; }

        public Workspace ToWorkspace() =>
            new(Id, SqlText.ToEnum<ChatPlatform>(Platform), ExternalId, Name, Enabled);
    }
}
