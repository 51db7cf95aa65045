using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Storage;

/// <summary>Open text dialogs, one per member, saved after every turn so a restart continues where it was.</summary>
public sealed class DialogStore
{
    private const string Columns = "workspace_id, member_id, conversation_id, template_id, quarter, week_number, step, answers, updated_at, subject_id";

    // Letters of every script stay readable when someone looks at the column in sqlite3; characters
    // that matter in HTML are still escaped, which costs nothing since the JSON is only read back here.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly StorageSession _session;

    internal DialogStore(StorageSession session) => _session = session;

    public async Task<DialogState?> GetAsync(string workspaceId, string memberId, CancellationToken cancellationToken)
    {
        var row = await _session.QuerySingleOrDefaultAsync<DialogRow>(
            $"SELECT {Columns} FROM dialogs WHERE workspace_id = @WorkspaceId AND member_id = @MemberId",
            new { WorkspaceId = workspaceId, MemberId = memberId },
            cancellationToken);
        return row?.ToDialogState();
    }

    /// <summary>Creates the member's dialog or replaces it: a member has at most one open dialog.</summary>
    public Task SaveAsync(DialogState dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return _session.ExecuteAsync(
            """
            INSERT INTO dialogs (workspace_id, member_id, conversation_id, template_id, quarter, week_number, step, answers, updated_at, subject_id)
            VALUES (@WorkspaceId, @MemberId, @ConversationId, @TemplateId, @Quarter, @WeekNumber, @Step, @Answers, @UpdatedAt, @SubjectId)
            ON CONFLICT (workspace_id, member_id) DO UPDATE SET
                conversation_id = excluded.conversation_id, template_id = excluded.template_id, quarter = excluded.quarter,
                week_number = excluded.week_number, step = excluded.step, answers = excluded.answers, updated_at = excluded.updated_at,
                subject_id = excluded.subject_id
            """,
            new
            {
                dialog.WorkspaceId,
                dialog.MemberId,
                dialog.ConversationId,
                dialog.TemplateId,
                Quarter = dialog.Quarter.Id,
                dialog.WeekNumber,
                dialog.Step,
                Answers = JsonSerializer.Serialize(dialog.Answers, JsonOptions),
                dialog.UpdatedAt,
                dialog.SubjectId,
            },
            cancellationToken);
    }

    public Task DeleteAsync(string workspaceId, string memberId, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "DELETE FROM dialogs WHERE workspace_id = @WorkspaceId AND member_id = @MemberId",
            new { WorkspaceId = workspaceId, MemberId = memberId },
            cancellationToken);

    private sealed class DialogRow
    {
        public string WorkspaceId { get; set; } = "";

        public string MemberId { get; set; } = "";

        public string ConversationId { get; set; } = "";

        public string TemplateId { get; set; } = "";

        public string Quarter { get; set; } = "";

        public long WeekNumber { get; set; }

        public long Step { get; set; }

        public string Answers { get; set; } = "";

        public DateTimeOffset UpdatedAt { get; set; }

        public string? SubjectId { get; set; }

        public DialogState ToDialogState() => new(
            WorkspaceId,
            MemberId,
            ConversationId,
            TemplateId,
            SqlText.ToQuarter(Quarter),
            (int)WeekNumber,
            (int)Step,
            JsonSerializer.Deserialize<Dictionary<string, string>>(Answers, JsonOptions)
                ?? throw new InvalidOperationException($"The dialog of member {MemberId} has no answers object."),
            UpdatedAt)
        {
            SubjectId = SubjectId,
        };
    }
}
