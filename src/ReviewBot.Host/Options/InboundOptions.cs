namespace ReviewBot.Host.Options;

/// <summary>How long what arrived from the platforms is remembered. Bound from <c>Inbound</c>.</summary>
public sealed class InboundOptions
{
    public const string Section = "Inbound";

    /// <summary>
    /// Days an event key (a Slack event id, a command's trigger id, a Teams activity id, a check-in's turn) is kept
    /// so that the event sent again is recognised. Slack retries an event three times within about five minutes
    /// and a signed request replays for five; a day would do. Seven keep a week's margin for a host that was down
    /// and a platform that redelivers late, and the table stays a week of traffic.
    /// </summary>
    public int EventKeyRetentionDays { get; set; } = 7;

    /// <summary>Days finished inbound work is kept, for an operator to look back on; failed work is kept until someone removes it.</summary>
    public int WorkRetentionDays { get; set; } = 7;

    /// <summary>Minutes between two prunings.</summary>
    public int PruneIntervalMinutes { get; set; } = 60;

    public TimeSpan EventKeyRetention => TimeSpan.FromDays(EventKeyRetentionDays);

    public TimeSpan WorkRetention => TimeSpan.FromDays(WorkRetentionDays);

    public TimeSpan PruneInterval => TimeSpan.FromMinutes(PruneIntervalMinutes);
}
