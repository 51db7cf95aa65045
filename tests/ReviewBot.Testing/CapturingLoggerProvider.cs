using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Testing;

/// <summary>Keeps every log line at every level, to assert what was (and was not) written.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> logs = new();

    public IReadOnlyList<CapturedLog> Logs => [.. logs];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={Render(p.Value)}").ToList()
                : [];
            logs.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }

        // Structured sinks (JSON console, OpenTelemetry) write collections element by element, so must we.
        private static string Render(object? value) => value switch
        {
            null => "",
            string text => text,
            System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(Render)),
            _ => value.ToString() ?? "",
        };
    }
}
