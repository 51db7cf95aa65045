namespace ReviewBot.Teams.Schema;

/// <summary>The connector's answer to a send or create: the new activity's or conversation's id.</summary>
public sealed record ResourceResponse(string Id);
