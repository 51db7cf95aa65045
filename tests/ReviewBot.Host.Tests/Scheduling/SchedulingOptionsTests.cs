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
    [InlineData(60, 20)]
    [InlineData(900, 300)]
    [InlineData(10, 3.333)]
    public void A_lease_is_renewed_every_third_of_it_so_two_renewals_may_fail_before_it_lapses(int leaseSeconds, double renewalSeconds)
    {
        var options = new SchedulingOptions { LeaseSeconds = leaseSeconds };

        Assert.Equal(TimeSpan.FromSeconds(leaseSeconds), options.Lease);
        Assert.Equal(renewalSeconds, options.LeaseRenewal.TotalSeconds, precision: 3);
    }

    [Fact]
    public void The_default_lease_is_a_minute()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), new SchedulingOptions().Lease);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(901)]
    public void A_lease_too_short_or_too_long_is_refused_naming_the_setting(int leaseSeconds)
    {
        var result = new SchedulingOptionsValidator().Validate(null, new SchedulingOptions { LeaseSeconds = leaseSeconds });

        Assert.True(result.Failed);
        Assert.Contains($"Scheduling:LeaseSeconds is {leaseSeconds}; it must be from 10 to 900", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_worker_count_out_of_range_is_refused_naming_the_setting(int workers)
    {
        var result = new SchedulingOptionsValidator().Validate(null, new SchedulingOptions { Workers = workers });

        Assert.True(result.Failed);
        Assert.Contains($"Scheduling:Workers is {workers}; it must be from 1 to 100", result.FailureMessage, StringComparison.Ordinal);
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
