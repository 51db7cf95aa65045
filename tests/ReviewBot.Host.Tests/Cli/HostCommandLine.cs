using System.Diagnostics;

namespace ReviewBot.Host.Tests.Cli;

/// <summary>
/// <c>dotnet ReviewBot.Host.dll ARGS</c> from the test's build output, as an operator types it, under <c>setsid</c>
/// so it leads a process group of its own; run to its exit, and the whole group is killed afterwards whatever happened.
/// </summary>
internal static class HostCommandLine
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingFolder, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "ReviewBot.Host.dll") }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        // The test runner's own environment must not choose for the host.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(timeout);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            KillGroup(process.Id);
        }
    }

    private static void KillGroup(int leader)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-KILL", "--", "-" + leader]) { RedirectStandardError = true, UseShellExecute = false });
        kill?.WaitForExit(5000);
    }
}
