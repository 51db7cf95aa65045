namespace ReviewBot.Host.Playground;

/// <summary>The playground workspaces' names (null before anything is loaded) and the people one can speak as.</summary>
public sealed record PlaygroundPeople(string? Workspace, IReadOnlyList<PlaygroundPerson> People);
