using Microsoft.Extensions.Logging;

namespace ReviewBot.Testing;

/// <summary>One log line: the formatted message, the structured values and the exception, all as text.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<string> Values, string? Exception)
{
    public bool Contains(string text) =>
        Message.Contains(text, StringComparison.Ordinal)
        || Values.Any(v => v.Contains(text, StringComparison.Ordinal))
        || Exception?.Contains(text, StringComparison.Ordinal) == true;
}
