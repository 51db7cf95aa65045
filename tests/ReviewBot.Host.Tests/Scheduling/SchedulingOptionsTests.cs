using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Hangfire.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Host.Options;
using ReviewBot.Host.Scheduling;

namespace ReviewBot.Host.Tests.Scheduling;

public class SchedulingOptionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(900, 840)]
    [InlineData(60, 54)]
    [InlineData(10, 9)]
    public void An_attempt_ends_a_tenth_before_its_lease_and_at_most_a_minute_before(int leaseSeconds, int budgetSeconds)
    {
        var options = new SchedulingOptions { LeaseSeconds = leaseSeconds };

        Assert.Equal(TimeSpan.FromSeconds(leaseSeconds), options.Lease);
        Assert.Equal(TimeSpan.FromSeconds(budgetSeconds), options.AttemptBudget);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(3601)]
    public void A_lease_too_short_or_too_long_is_refused_naming_the_setting(int leaseSeconds)
    {
        var result = new SchedulingOptionsValidator().Validate(null, new SchedulingOptions { LeaseSeconds = leaseSeconds });

        Assert.True(result.Failed);
        Assert.Contains($"Scheduling:LeaseSeconds is {leaseSeconds}; it must be from 10 to 3600", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hosts_starting_on_one_job_storage_within_a_tick_run_one_start_up_tick_and_a_later_start_runs_another()
    {
        // Through the container as the host does: Hangfire's log provider is process-wide, and one left by a
        // test host already disposed would fail whatever Hangfire object is made next.
        await using var services = new ServiceCollection().AddLogging().AddHangfire(c => c.UseInMemoryStorage()).BuildServiceProvider();
        var storage = services.GetRequiredService<JobStorage>();
        var recurringJobs = services.GetRequiredService<IRecurringJobManager>();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var options = Microsoft.Extensions.Options.Options.Create(new SchedulingOptions { TickMinutes = 5 });
        RecurringTick Host() => new(recurringJobs, storage, time, options, NullLogger<RecurringTick>.Instance);

        await Host().StartAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(2));
        await Host().StartAsync(Ct);
        var afterTwo = storage.GetMonitoringApi().EnqueuedCount("default");
        time.Advance(TimeSpan.FromMinutes(4));
        await Host().StartAsync(Ct);

        Assert.Equal(1, afterTwo);
        Assert.Equal(2, storage.GetMonitoringApi().EnqueuedCount("default"));
        using var connection = storage.GetConnection();
        Assert.Single(connection.GetRecurringJobs());
    }
}
