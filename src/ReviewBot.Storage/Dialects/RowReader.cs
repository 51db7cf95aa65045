using System.Data.Common;

namespace ReviewBot.Storage.Dialects;

/// <summary>
/// The rows of one query read column by column into .NET's types, for the few queries that return tens of
/// thousands of rows (a large team's quarter): no row object per row, no boxed value, and on SQLite no string
/// per text column that is parsed or looked up (values, instants, enums, ids seen before). Values read as the
/// Dapper handlers read them (<see cref="SqlValueHandlers"/>): SQLite's text forms or PostgreSQL's native ones.
/// </summary>
internal abstract class RowReader : IAsyncDisposable
{
    /// <summary>Moves to the next row; false after the last.</summary>
    public abstract ValueTask<bool> ReadAsync(CancellationToken cancellationToken);

    public abstract bool IsNull(int column);

    public abstract string Text(int column);

    public string? NullableText(int column) => IsNull(column) ? null : Text(column);

    /// <summary>A text the query repeats on many rows (an id), as the one string <paramref name="pool"/> holds for it.</summary>
    public abstract string Pooled(int column, TextPool pool);

    public abstract int Int32(int column);

    public abstract decimal Decimal(int column);

    public abstract DateTimeOffset Instant(int column);

    /// <summary>An enum stored by name, as <see cref="SqlText.ToEnum{TEnum}(string, bool)"/> reads it.</summary>
    public abstract TEnum Enum<TEnum>(int column)
        where TEnum : struct, Enum;

    public abstract ValueTask DisposeAsync();

    /// <summary>Any engine through ADO.NET, what PostgreSQL's rows are read with; the reader disposes the command.</summary>
    public static async Task<RowReader> OfCommandAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new DataRowReader(command, await command.ExecuteReaderAsync(cancellationToken));
    }

    private sealed class DataRowReader(DbCommand command, DbDataReader reader) : RowReader
    {
        public override async ValueTask<bool> ReadAsync(CancellationToken cancellationToken) => await reader.ReadAsync(cancellationToken);

        public override bool IsNull(int column) => reader.IsDBNull(column);

        public override string Text(int column) => reader.GetString(column);

        public override string Pooled(int column, TextPool pool) => pool.Of(reader.GetString(column));

        public override int Int32(int column) => checked((int)reader.GetInt64(column));

        public override decimal Decimal(int column) => reader.GetFieldType(column) == typeof(string)
            ? SqlText.ToDecimal(reader.GetString(column))
            : reader.GetDecimal(column);

        public override DateTimeOffset Instant(int column) => reader.GetFieldType(column) == typeof(string)
            ? SqlText.ToInstant(reader.GetString(column))
            : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc));

        public override TEnum Enum<TEnum>(int column) => SqlText.ToEnum<TEnum>(reader.GetString(column));

        public override async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
        }
    }
}
