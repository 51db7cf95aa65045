using System.Data.Common;
using System.Text;
using Dapper;

namespace ReviewBot.Benchmarks.QuarterReview;

/// <summary>
/// Many rows in few statements: multi-row INSERTs of about a thousand parameters each, inside the caller's
/// transaction. Values go through Dapper, so the store's type handlers write them in each engine's form.
/// </summary>
internal static class BulkInsert
{
    // Binding looks each parameter up by name, in Dapper and in SQLite alike, so a statement's cost grows with
    // the square of its parameters: a thousand keeps that small and the round trips to PostgreSQL few.
    private const int MaxParameters = 1_000;

    public static async Task RowsAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var rowsPerStatement = MaxParameters / columns.Length;
        foreach (var batch in rows.Chunk(rowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var parameters = new DynamicParameters();
            for (var row = 0; row < batch.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Length; column++)
                {
                    var name = $"p{row}_{column}";
                    sql.Append(column == 0 ? "@" : ", @").Append(name);
                    parameters.Add(name, batch[row][column]);
                }

                sql.Append(')');
            }

            await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction));
        }
    }
}
