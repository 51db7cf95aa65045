using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Storage;

/// <summary>The review templates each team wrote in its team file, kept as one JSON list per team in the file's order.</summary>
public sealed class TeamTemplateStore
{
    // Enums by name, so the column reads as the team file did and a reordered enum cannot change a stored template;
    // letters of every script stay readable in the column (see DialogStore).
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly StorageSession _session;

    internal TeamTemplateStore(StorageSession session) => _session = session;

    /// <summary>The team's templates in the order they were saved; none when it has saved none.</summary>
    public async Task<IReadOnlyList<TemplateDefinition>> ForTeamAsync(string workspaceId, string teamId, CancellationToken cancellationToken)
    {
        var json = await _session.QuerySingleOrDefaultAsync<string>(
            "SELECT templates FROM team_templates WHERE workspace_id = @WorkspaceId AND team_id = @TeamId",
            new { WorkspaceId = workspaceId, TeamId = teamId },
            cancellationToken);
        return json is null
            ? []
            : JsonSerializer.Deserialize<TemplateDefinition[]>(json, JsonOptions)
                ?? throw new InvalidOperationException($"Team {teamId} has a templates row that holds no list.");
    }

    /// <summary>Replaces the team's templates with these, whole: one row, so a reader sees the old list or the new one.</summary>
    public Task SaveAsync(string workspaceId, string teamId, IReadOnlyList<TemplateDefinition> templates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return _session.ExecuteAsync(
            """
            INSERT INTO team_templates (workspace_id, team_id, templates) VALUES (@WorkspaceId, @TeamId, @Templates)
            ON CONFLICT (workspace_id, team_id) DO UPDATE SET templates = excluded.templates
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, Templates = JsonSerializer.Serialize(templates, JsonOptions) },
            cancellationToken);
    }
}
