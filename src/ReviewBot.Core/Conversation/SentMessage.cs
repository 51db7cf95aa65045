namespace ReviewBot.Core.Conversation;

/// <summary>
/// Where a message went, in the channel's own terms (Slack channel and ts; Teams service URL, conversation
/// and activity id), kept as one opaque text so it can be stored and handed back to update the message.
/// </summary>
public sealed record SentMessage(string Reference);
