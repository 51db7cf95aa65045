namespace ReviewBot.Teams.Schema;

/// <param name="ConversationType">personal, groupChat or channel.</param>
public sealed record ConversationAccount(string Id, string? ConversationType = null, string? TenantId = null, bool? IsGroup = null, string? Name = null);
