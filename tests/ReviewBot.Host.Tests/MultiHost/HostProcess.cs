using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>
/// One real ReviewBot host: <c>dotnet ReviewBot.Host.dll</c> from the test's build output, under <c>setsid</c> so
/// that it and anything it starts form a process group of their own, on a free loopback port, configured by
/// environment variables as an operator would. The whole group is ended on dispose, on a failed start and when
/// the test process exits, whatever happened.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, HostProcess> Running = new();

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    static HostProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var host in Running.Values)
        {
            host.Signal("KILL");
        }
    };

    private HostProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        this.process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>Every line the host wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output => [.. output];

    public bool HasExited => process.HasExited;

    /// <summary>The CPU time the host process has used so far (user and system): a measure that shared cores do not move.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the host and waits until <c>/healthz/ready</c> answers 200; ends it if that never happens.</summary>
    public static async Task<HostProcess> StartAsync(string name, string workingFolder, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "ReviewBot.Host.dll"), "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test runner's own environment (ASPNETCORE_*, DOTNET_ENVIRONMENT) must not choose for the host.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new HostProcess(name, process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.Start();
        Running[process.Id] = host;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL to the whole process group: the host gets no chance to finish or record anything.</summary>
    public async Task KillAsync()
    {
        Signal("KILL");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>How many lines of the host's log contain <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Lines(string text) => [.. Output.Where(l => l.Contains(text, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            Signal("TERM");
            try
            {
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException)
            {
                Signal("KILL");
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        // Whatever the host started in its group goes too, even when the host itself has already gone.
        Signal("KILL");
        Running.TryRemove(process.Id, out _);
        process.Dispose();
    }

    public override string ToString() => $"{Name} at {BaseAddress}";

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        if (!await Poll.UntilAsync(() => IsReadyAsync(cancellationToken), TimeSpan.FromSeconds(60), cancellationToken))
        {
            throw new TimeoutException($"{Name} was not ready within 60 seconds:\n{string.Join('\n', Output.TakeLast(40))}");
        }
    }

    private async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"{Name} exited with {process.ExitCode} before it was ready:\n{string.Join('\n', Output.TakeLast(40))}");
        }

        try
        {
            using var response = await Client.GetAsync(new Uri("healthz/ready", UriKind.Relative), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // Not listening yet.
        }
    }

    /// <summary>A signal to the process group (setsid made the host its leader, so its id is the group's).</summary>
    private void Signal(string signal)
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, "--", "-" + process.Id]) { RedirectStandardError = true, UseShellExecute = false });
            kill?.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
