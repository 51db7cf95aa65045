using ReviewBot.Core.Scheduling;

namespace ReviewBot.Host.Options;

/// <summary>What the bot sends by itself and how hard it tries. Bound from <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public const int MinimumLeaseSeconds = 10;

    /// <summary>A dead host's deliveries wait up to a lease: beyond a quarter of an hour a prompt is late in a way people notice.</summary>
    public const int MaximumLeaseSeconds = 900;

    public const int MaximumWorkers = 100;

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
    /// Seconds one host holds a delivery it is sending before another host may take it over, renewed every
    /// third of it while the attempt works (<see cref="LeaseRenewal"/>). A minute by default: a host killed
    /// mid-send frees its deliveries within a minute, so the next tick after that sends them; two renewals in a
    /// row may be missed (a database hiccup, a long GC pause) before a live host loses one. Shorter than 10 s
    /// would write each in-flight delivery's row every few seconds for little gain.
    /// </summary>
    public int LeaseSeconds { get; set; } = DefaultLeaseSeconds;

    public const int DefaultLeaseSeconds = 60;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>How often an attempt in progress renews its lease: a third of it, so two renewals may fail before it lapses.</summary>
    public TimeSpan LeaseRenewal => Lease / 3;

    /// <summary>
    /// How long one attempt may run in all, whatever its renewals: the HTTP pipeline's own retries (Retry-After
    /// included) fit well within it; an attempt stuck beyond it is abandoned and retried after a backoff.
    /// </summary>
    public TimeSpan AttemptBudget { get; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Hangfire workers per host, each sending one delivery at a time. Sends wait mostly on Slack and the database
    /// and are paced by the per-workspace rate limits (Slack:RateLimits), so many more than the cores pay off; 32 by
    /// default keeps a 10,000-prompt fan-out at the rate limit on two cores (see README, Performance).
    /// </summary>
    public int Workers { get; set; } = 32;

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
