namespace ReviewBot.Host.Playground;

/// <summary>What the scheduler sent a person (and the team channel), as the page receives it.</summary>
public sealed record PlaygroundInboxItems(IReadOnlyList<PlaygroundInboxItem> Items);
