namespace ReviewBot.Core.Conversation;

/// <summary>What running a command does besides answering the person who typed it.</summary>
public enum CommandEffect
{
    /// <summary>
    /// Reads and answers, nothing more: running it twice only answers twice, so a replayed invocation needs no
    /// durable record to be recognised by.
    /// </summary>
    AnswersOnly,

    /// <summary>
    /// Changes something or reaches someone else (a nudge, a post to a channel, saved leave, an opened form or
    /// dialog): it must run once per invocation, however often the invocation arrives.
    /// </summary>
    ActsOnce,
}
