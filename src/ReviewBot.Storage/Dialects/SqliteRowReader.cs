using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ReviewBot.Storage.Dialects;

/// <summary>
/// A SQLite statement stepped on the connection's own native handle, its columns read as the UTF-8 bytes SQLite
/// holds: Microsoft.Data.Sqlite makes a string of every text value it hands out, and for a quarter of a large
/// team those strings (values, instants, enums and ids repeated on every row) were most of what reading cost.
/// The statement runs inside whatever transaction the connection has, like any command on it.
/// </summary>
internal sealed class SqliteRowReader : RowReader
{
    /// <summary>Longer texts than this are decoded onto the heap; ids, enums and instants are far shorter.</summary>
    private const int StackChars = 128;

    private const int CancellationCheckRows = 1_024;

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    /// <summary>
    /// Per column, the bytes and string <see cref="Pooled"/> last gave: rows found through an index come grouped by it
    /// (a quarter's check-ins key result by key result), so most ids are the previous row's, known without decoding.
    /// </summary>
    private readonly LastText[] _lastPooled;

    private int _rows;

    private SqliteRowReader(sqlite3 database, sqlite3_stmt statement)
    {
        _database = database;
        _statement = statement;
        _lastPooled = new LastText[raw.sqlite3_column_count(statement)];
    }

    /// <summary>Prepares <paramref name="sql"/> with its text parameters bound by name (<c>@Name</c>).</summary>
    public static SqliteRowReader Open(SqliteConnection connection, string sql, IReadOnlyList<(string Name, string Value)> parameters)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(database, raw.sqlite3_prepare_v2(database, sql, out sqlite3_stmt statement));
        try
        {
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index == 0)
                {
                    throw new ArgumentException($"The query has no parameter {name}.", nameof(parameters));
                }

                Check(database, raw.sqlite3_bind_text(statement, index, value));
            }

            return new SqliteRowReader(database, statement);
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    public override ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (++_rows % CancellationCheckRows == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return ValueTask.FromResult(true);
        }

        Check(_database, result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
        return ValueTask.FromResult(false);
    }

    public override bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public override string Text(int column) => Encoding.UTF8.GetString(Bytes(column));

    public override string Pooled(int column, TextPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var bytes = Bytes(column);
        var last = _lastPooled[column] ??= new LastText();
        if (last.Text is { } known && bytes.SequenceEqual(last.Bytes.AsSpan(0, last.Length)))
        {
            return known;
        }

        string pooled;
        if (bytes.Length > StackChars)
        {
            pooled = pool.Of(Encoding.UTF8.GetString(bytes));
        }
        else
        {
            Span<char> text = stackalloc char[StackChars];
            pooled = pool.Of(text[..Encoding.UTF8.GetChars(bytes, text)]);
        }

        last.Remember(bytes, pooled);
        return pooled;
    }

    public override int Int32(int column) => checked((int)raw.sqlite3_column_int64(_statement, column));

    /// <summary>Text as <see cref="SqlText.ToDecimal"/> reads it; a number written by hand as INTEGER or REAL as the handler takes it.</summary>
    public override decimal Decimal(int column) => raw.sqlite3_column_type(_statement, column) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, column),
        raw.SQLITE_FLOAT => (decimal)raw.sqlite3_column_double(_statement, column),
        _ => decimal.TryParse(Bytes(column), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : SqlText.ToDecimal(Text(column)),
    };

    public override DateTimeOffset Instant(int column) =>
        SqlText.TryReadInstant(Bytes(column), out var instant) ? instant : SqlText.ToInstant(Text(column));

    public override TEnum Enum<TEnum>(int column)
    {
        var bytes = Bytes(column);
        if (Utf8EnumNames<TEnum>.TryFind(bytes, out var named))
        {
            return named;
        }

        if (bytes.Length > StackChars)
        {
            return SqlText.ToEnum<TEnum>(Encoding.UTF8.GetString(bytes));
        }

        Span<char> text = stackalloc char[StackChars];
        return System.Enum.Parse<TEnum>(text[..Encoding.UTF8.GetChars(bytes, text)]);
    }

    public override ValueTask DisposeAsync()
    {
        _statement.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Check(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result);
        }
    }

    /// <summary>A text column's UTF-8 bytes as SQLite holds them, valid until the next step.</summary>
    private ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

    /// <summary>A column's last pooled text and its bytes, in a buffer reused from row to row.</summary>
    private sealed class LastText
    {
        public byte[] Bytes { get; private set; } = [];

        public int Length { get; private set; }

        public string? Text { get; private set; }

        public void Remember(ReadOnlySpan<byte> bytes, string text)
        {
            if (Bytes.Length < bytes.Length)
            {
                Bytes = new byte[Math.Max(bytes.Length, 32)];
            }

            bytes.CopyTo(Bytes);
            Length = bytes.Length;
            Text = text;
        }
    }
}
