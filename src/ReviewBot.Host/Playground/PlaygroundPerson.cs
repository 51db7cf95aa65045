namespace ReviewBot.Host.Playground;

/// <param name="Role"><c>manager</c> or <c>member</c>.</param>
/// <param name="WorkspaceId">The playground workspace they are in; the page keeps each person's chat under it and their id.</param>
public sealed record PlaygroundPerson(string Id, string Name, string Role, string Market, string Team, string Locale, string WorkspaceId, string Workspace);
