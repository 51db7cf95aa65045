namespace ReviewBot.Host.Playground;

/// <param name="Role"><c>manager</c> or <c>member</c>.</param>
public sealed record PlaygroundPerson(string Id, string Name, string Role, string Market, string Team, string Locale);
