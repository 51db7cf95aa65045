using Xunit;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ReviewBot.Testing;

/// <summary>
/// A PostgreSQL server for tests. The one named by <c>REVIEWBOT_TEST_POSTGRES</c> (what <c>.ci/run</c> starts),
/// or else a throwaway cluster started once per test process from Debian's postgresql binaries on a free
/// loopback port, stopped when the process exits. Without either, tests skip naming the install command,
/// except under <c>CI=true</c>, where they fail: CI installs PostgreSQL, so a skip there would hide a gap.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionStringVariable = "REVIEWBOT_TEST_POSTGRES";

    public const string Missing = "PostgreSQL is not installed, so the PostgreSQL half of this test cannot run: apt-get install -y postgresql "
        + "(or set " + ConnectionStringVariable + " to an administrator connection string)";

    private static readonly Lazy<Task<string?>> Server = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An administrator connection string for the server; skips or fails the test when there is none.</summary>
    public static async Task<string> RequireAsync()
    {
        var connectionString = await Server.Value;
        if (connectionString is not null)
        {
            return connectionString;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Missing);
        }

        Assert.Skip(Missing);
        return "";
    }

    /// <summary>A new, empty database of its own for one test; drop it with <see cref="DropDatabaseAsync"/>.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var admin = await RequireAsync();
        var name = "reviewbot_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var admin = await Server.Value;
        if (admin is null)
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        // FORCE must end every session on the database; a role that is not a superuser (CI's) may not end one
        // that is not its own, such as an autovacuum worker that happens to be there. That passes in a moment,
        // so try again; a database left behind on a throwaway cluster harms nothing, a failed cleanup would.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (PostgresException)
            {
                return;
            }
        }
    }

    private static async Task<string?> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        if (FindBinaries() is not { } bin)
        {
            return null;
        }

        // initdb refuses to run as root; Debian's package creates the postgres user for exactly this.
        var asPostgres = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), $"reviewbot-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(folder);
        if (asPostgres)
        {
            await RunAsync("chown", ["postgres:postgres", folder], asPostgres: false);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        // An American-English ICU collation, as a real server's database often has, not C: with C a store's
        // ORDER BY would sort by code point on PostgreSQL whether or not it asked for that, as SQLite does.
        await RunAsync(
            Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale-provider=icu", "--icu-locale=en-US", "--locale=C.UTF-8"],
            asPostgres);
        await RunAsync(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-w", "-l", Path.Combine(folder, "server.log"), "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start"],
            asPostgres);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // Immediate: the process is leaving, and nothing a test wrote is worth a checkpoint.
            RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asPostgres).GetAwaiter().GetResult();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };

        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true";
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
