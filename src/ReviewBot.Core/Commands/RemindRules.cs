namespace ReviewBot.Core.Commands;

/// <summary>How often <c>review remind</c> may nudge one member: the host reads it from its settings.</summary>
public sealed record RemindRules
{
    /// <summary>A member nudged less than this long ago is skipped, and the manager is told when the next nudge may go.</summary>
    public TimeSpan CoolDown { get; init; } = TimeSpan.FromHours(12);
}
