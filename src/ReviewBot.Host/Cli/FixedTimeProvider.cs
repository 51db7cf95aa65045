namespace ReviewBot.Host.Cli;

/// <summary>The clock an operator's <c>run --now</c> sets: every "now" in the pass is that instant.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
