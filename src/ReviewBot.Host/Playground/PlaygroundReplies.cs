using ReviewBot.Core.Conversation;

namespace ReviewBot.Host.Playground;

/// <summary>The engine's replies to one turn, as the page receives them, with when the bot sent them.</summary>
public sealed record PlaygroundReplies(IReadOnlyList<Reply> Replies, DateTimeOffset SentAt);
