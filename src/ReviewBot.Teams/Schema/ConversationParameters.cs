namespace ReviewBot.Teams.Schema;

/// <summary>The body of a create-conversation call: a 1:1 chat between the bot and one member of a tenant.</summary>
public sealed record ConversationParameters(bool IsGroup, ChannelAccount Bot, IReadOnlyList<ChannelAccount> Members, string TenantId);
