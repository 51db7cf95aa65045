using Npgsql;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public class PostgresServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_test_database_is_new_empty_and_dropped_afterwards()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync(Ct);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(Ct);
            await using var tables = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
            Assert.Equal(0L, await tables.ExecuteScalarAsync(Ct));
        }

        await PostgresServer.DropDatabaseAsync(connectionString);

        await using var admin = new NpgsqlConnection(await PostgresServer.RequireAsync());
        await admin.OpenAsync(Ct);
        await using var exists = new NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(connectionString).Database!);
        Assert.Equal(0L, await exists.ExecuteScalarAsync(Ct));
    }
}
