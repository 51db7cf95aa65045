namespace ReviewBot.Testing;

/// <summary>One request to <see cref="FakeBotFramework"/>: path, form fields (token requests) and the status it got.</summary>
public sealed record BotFrameworkCall(string Method, string Path, DateTimeOffset At, IReadOnlyDictionary<string, string> Form, int StatusCode)
{
    public string? Field(string name) => Form.TryGetValue(name, out var value) ? value : null;
}
