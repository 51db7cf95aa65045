namespace ReviewBot.Host.Playground;

/// <summary>A team's channel as the page's "Team channel" view receives it: the posts, oldest first.</summary>
/// <param name="Channel">The channel's name, e.g. <c>#export-sales</c>.</param>
public sealed record PlaygroundChannelPosts(string Team, string Channel, IReadOnlyList<PlaygroundInboxItem> Posts);
