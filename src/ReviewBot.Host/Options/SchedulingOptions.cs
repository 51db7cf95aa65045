using ReviewBot.Core.Scheduling;

namespace ReviewBot.Host.Options;

/// <summary>What the bot sends by itself and how hard it tries. Bound from <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public const int MinimumLeaseSeconds = 10;

    public const int MaximumLeaseSeconds = 3600;

    /// <summary><c>false</c> stops every prompt, reminder and post (the dashboard and <c>run</c> verbs still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the recurring tick asks what is due; a prompt goes out at most this late.</summary>
    public int TickMinutes { get; set; } = 5;

    /// <summary>Hours after the prompt was sent that a member who has not checked in is reminded, once.</summary>
    public double ReminderDelayHours { get; set; } = 48;

    /// <summary>Team-time wall clock at which the quarter review is posted on the next quarter's first working day.</summary>
    public string ReviewPostTime { get; set; } = "10:00";

    /// <summary>A short summary of the week to the team's summary channels. Off by default.</summary>
    public bool WeeklyDigest { get; set; }

    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Friday;

    public string DigestTime { get; set; } = "16:00";

    /// <summary>Tries of one delivery (each already retried by the HTTP pipeline) before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>
    /// Seconds one host holds a delivery it is sending before another host may take it over: long enough for
    /// the HTTP pipeline's own retries (Retry-After included), short enough that a host that died mid-send
    /// delays its deliveries by no more than this.
    /// </summary>
    public int LeaseSeconds { get; set; } = 900;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>
    /// How long one attempt may run: a tenth less than the lease, at most a minute less, so that the attempt
    /// has ended before its lease does and no second host sends while the first still does.
    /// </summary>
    public TimeSpan AttemptBudget => Lease - TimeSpan.FromTicks(Math.Min(Lease.Ticks / 10, TimeSpan.FromMinutes(1).Ticks));

    /// <summary>
    /// <c>false</c> (the default) serves the Hangfire dashboard at <c>/hangfire</c> to requests from this
    /// machine only: it shows job arguments and can trigger jobs, so it is not for the open internet.
    /// </summary>
    public bool DashboardAllowRemote { get; set; }

    public ScheduleRules Rules => new()
    {
        ReminderDelay = TimeSpan.FromHours(ReminderDelayHours),
        ReviewPostTime = TimeOnly.ParseExact(ReviewPostTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        WeeklyDigest = WeeklyDigest,
        DigestDay = DigestDay,
        DigestTime = TimeOnly.ParseExact(DigestTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
    };
}
