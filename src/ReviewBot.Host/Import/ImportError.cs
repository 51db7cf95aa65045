namespace ReviewBot.Host.Import;

/// <summary>One thing wrong with an OKR file, where it is and what would work instead.</summary>
public sealed record ImportError(int Line, string Field, string Message)
{
    public override string ToString() => $"line {Line}, {Field}: {Message}";
}
