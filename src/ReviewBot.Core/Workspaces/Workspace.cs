namespace ReviewBot.Core.Workspaces;

/// <summary>
/// A Slack workspace, a Microsoft Teams tenant or the local playground: the boundary that data never crosses.
/// </summary>
/// <param name="ExternalId">The platform's own id: Slack team id (T…), Entra tenant id, or a playground name.</param>
public sealed record Workspace(string Id, ChatPlatform Platform, string ExternalId, string Name, bool Enabled = true);
