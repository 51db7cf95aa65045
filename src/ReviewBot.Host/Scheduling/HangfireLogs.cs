using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// Hangfire's log over the host's loggers, as Hangfire's own ASP.NET Core provider writes it. Hangfire keeps one log
/// provider for the whole process, which every host replaces as it starts: a process running several hosts one
/// after another (the tests do) may be left with the provider of a host already stopped, whose logger factory is
/// disposed. Asked for a logger then, this one answers with a silent log instead of failing the host that starts.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory loggers) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new AspNetCoreLogProvider(loggers).GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Log;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Log = new();

        // Hangfire asks with no message whether a level is on; nothing is.
        bool ILog.Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception exception) => false;
    }
}
