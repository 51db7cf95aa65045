namespace ReviewBot.Core;

/// <summary>New identifiers for stored things: time-ordered GUIDs, so rows sort roughly by creation.</summary>
public static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
