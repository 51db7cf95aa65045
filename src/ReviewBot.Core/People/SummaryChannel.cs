using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.People;

/// <summary>The channel where the team's summaries are posted on one platform.</summary>
public sealed record SummaryChannel(ChatPlatform Platform, string ChannelId);
