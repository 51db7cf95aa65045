using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using ReviewBot.Storage.Dialects;

namespace ReviewBot.Storage;

/// <summary>
/// One connection, optionally inside a transaction, and the stores that work through it. Disposing a
/// session whose transaction was not committed rolls everything back: nothing half-saved.
/// </summary>
public sealed class StorageSession : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private DbTransaction? _transaction;

    /// <summary>The write turn this session holds on SQLite (see <see cref="Database.OpenWriterAsync"/>), given back on dispose.</summary>
    private SemaphoreSlim? _writerTurn;

    internal StorageSession(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, SemaphoreSlim? writerTurn = null)
    {
        _connection = connection;
        _transaction = transaction;
        _writerTurn = writerTurn;
        Dialect = dialect;
        Workspaces = new WorkspaceStore(this);
        Teams = new TeamStore(this);
        Okrs = new OkrStore(this);
        CheckIns = new CheckInStore(this);
        TeamsConversations = new TeamsConversationStore(this);
        Schedule = new ScheduleStore(this);
        Answers = new ReviewAnswerStore(this);
        EventKeys = new EventKeyStore(this);
        InboundWork = new InboundWorkStore(this);
        Nudges = new NudgeStore(this);
        Dialogs = new DialogStore(this);
        ReportLinks = new ReportLinkStore(this);
        Streams = new LiveStreamStore(this);
        TeamTemplates = new TeamTemplateStore(this);
        Plans = new PlanStore(this);
        Lessons = new LessonStore(this);
    }

    public WorkspaceStore Workspaces { get; }

    /// <summary>The engine's pieces of SQL that differ (see <see cref="SqlDialect"/>).</summary>
    internal SqlDialect Dialect { get; }

    public TeamStore Teams { get; }

    public OkrStore Okrs { get; }

    public CheckInStore CheckIns { get; }

    public TeamsConversationStore TeamsConversations { get; }

    public ScheduleStore Schedule { get; }

    public ReviewAnswerStore Answers { get; }

    public EventKeyStore EventKeys { get; }

    public InboundWorkStore InboundWork { get; }

    public NudgeStore Nudges { get; }

    public DialogStore Dialogs { get; }

    public ReportLinkStore ReportLinks { get; }

    public LiveStreamStore Streams { get; }

    public TeamTemplateStore TeamTemplates { get; }

    public PlanStore Plans { get; }

    public LessonStore Lessons { get; }

    /// <summary>
    /// Makes every other transaction that locks the same workspace wait until this one ends. Call it first in
    /// a transaction that reads rows and then writes what it read decided (update-else-insert, deactivating
    /// whoever is missing): under PostgreSQL's read committed two such transactions would otherwise interleave.
    /// </summary>
    public async Task LockWorkspaceAsync(string workspaceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspaceId);
        if (_transaction is null)
        {
            throw new InvalidOperationException("A workspace lock lasts as long as a transaction; open the session with Database.BeginAsync.");
        }

        if (Dialect.LockWorkspaceSql is { } sql)
        {
            await _connection.ExecuteAsync(Command(sql, new { WorkspaceId = workspaceId }, cancellationToken));
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("This session has no transaction to commit; open it with Database.BeginAsync.");
        }

        await _transaction.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync();
            }

            await _connection.DisposeAsync();
        }
        finally
        {
            Interlocked.Exchange(ref _writerTurn, null)?.Release();
        }
    }

    internal Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        _connection.ExecuteAsync(Command(sql, parameters, cancellationToken));

    internal async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        [.. await _connection.QueryAsync<T>(Command(sql, parameters, cancellationToken))];

    internal Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        _connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));

    internal Task<T?> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        _connection.ExecuteScalarAsync<T>(Command(sql, parameters, cancellationToken));

    /// <summary>
    /// The rows of a query that returns many, read column by column (see <see cref="RowReader"/>); its parameters
    /// are texts named <c>@Name</c> in <paramref name="sql"/>.
    /// </summary>
    internal async Task<RowReader> RowsAsync(string sql, IReadOnlyList<(string Name, string Value)> parameters, CancellationToken cancellationToken)
    {
        if (_connection is SqliteConnection sqlite)
        {
            return SqliteRowReader.Open(sqlite, sql, parameters);
        }

        var command = _connection.CreateCommand();
        try
        {
            command.CommandText = sql;
            command.Transaction = _transaction;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return await RowReader.OfCommandAsync(command, cancellationToken);
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
    }

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, _transaction, cancellationToken: cancellationToken);
}
