using ReviewBot.Core.Commands;

namespace ReviewBot.Host.Options;

/// <summary>Settings of the chat commands. Bound from <c>Conversation</c>.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>Hours after a member was nudged by <c>review remind</c> before another remind nudges them again.</summary>
    public double RemindCoolDownHours { get; set; } = 12;

    public RemindRules Remind => new() { CoolDown = TimeSpan.FromHours(RemindCoolDownHours) };
}
