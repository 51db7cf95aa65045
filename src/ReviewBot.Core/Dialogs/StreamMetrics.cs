namespace ReviewBot.Core.Dialogs;

/// <summary>
/// The ids of the built-in live-stream review's number questions: stable text, because stored answers, a team's
/// stream targets and key results fed by streams name them.
/// </summary>
public static class StreamMetrics
{
    public const string Viewers = "viewers";
    public const string PeakViewers = "peak-viewers";
    public const string WatchTime = "watch-time";
    public const string Orders = "orders";
    public const string Gmv = "gmv";
    public const string Conversion = "conversion";
}

/// <summary>The ids of the built-in live-stream review's parts.</summary>
public static class StreamParts
{
    public const string Numbers = "numbers";
    public const string People = "people";
    public const string Goods = "goods";
    public const string Scene = "scene";
    public const string NextTime = "next-time";
}
