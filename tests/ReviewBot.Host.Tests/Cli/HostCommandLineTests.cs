using System.Net;
using System.Net.Sockets;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Cli;

public class HostCommandLineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Help_lists_the_commands_and_the_host_settings_and_exits_without_starting_the_server()
    {
        using var folder = new TemporaryFolder();

        var (exitCode, output, _) = await HostCommandLine.RunAsync(folder.FullPath, new Dictionary<string, string>(), Timeout, "--help");

        Assert.Equal(0, exitCode);
        foreach (var expected in new[] { "import", "run", "teams-package", "--urls", "Storage:DataFolder", "ConnectionStrings:ReviewBot", "Slack:SigningSecret", "Teams:AppId", "appsettings.example.json" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }

        // The server would have created its database and said where it listens.
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullPath));
    }

    [Fact]
    public async Task A_port_in_use_is_told_in_one_line_naming_the_address_and_how_to_choose_another()
    {
        using var folder = new TemporaryFolder();
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var (exitCode, output, error) = await HostCommandLine.RunAsync(
            folder.FullPath,
            new Dictionary<string, string> { ["Storage__DataFolder"] = folder.FullPath, ["Scheduling__Enabled"] = "false" },
            Timeout,
            "--urls",
            address);

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(address, line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }
}
