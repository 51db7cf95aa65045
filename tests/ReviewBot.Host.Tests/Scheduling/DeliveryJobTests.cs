using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Scheduling;
using ReviewBot.Host.Scheduling;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>The scheduler's promises under faults: never twice, never skipped, one member's trouble theirs alone.</summary>
public class DeliveryJobTests
{
    /// <summary>Monday 2 November 2026, 09:00 in Singapore, Berlin and New York: each member's week 6 prompt is due.</summary>
    private static readonly DateTimeOffset AllDue = new(2026, 11, 2, 14, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_host_that_stops_in_the_middle_of_a_fan_out_sends_the_rest_after_restarting_and_nothing_twice()
    {
        var queue = new CollectingDispatcher();
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, AllDue, Ct, _ => queue);

        var first = await sim.TickAsync(Ct);
        Assert.Equal(3, first.Claimed);
        var sender = sim.Services.GetRequiredService<DeliverySender>();
        Assert.Equal(AttemptResult.Sent, (await sender.SendAsync(queue.Queued[0].WorkspaceId, queue.Queued[0].DeliveryKey, Ct)).Result);

        // The host dies with two jobs still queued in Hangfire's in-memory storage: they are gone with it.
        await sim.RestartAsync(Ct);
        var lost = queue.Queued.Skip(1).ToList();
        sim.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await sim.TickAsync(Ct);

        Assert.Equal((0, 2), (second.Claimed, second.Resumed));
        Assert.Equal(lost, queue.Queued.Skip(3));
        sender = sim.Services.GetRequiredService<DeliverySender>();
        foreach (var (workspaceId, key) in queue.Queued.Skip(3))
        {
            Assert.Equal(AttemptResult.Sent, (await sender.SendAsync(workspaceId, key, Ct)).Result);
        }

        Assert.Equal(3, sim.Messenger.All.Count);
        Assert.Equal(3, sim.Messenger.All.Select(m => m.To).Distinct().Count());
        Assert.All(await sim.DeliveriesAsync(Ct), d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.Equal((0, 0), ((await sim.TickAsync(Ct)).Claimed, (await sim.TickAsync(Ct)).Resumed));
    }

    [Fact]
    public async Task The_same_job_run_twice_or_at_once_on_two_hosts_sends_once()
    {
        var queue = new CollectingDispatcher();
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, AllDue, Ct, _ => queue);
        await sim.TickAsync(Ct);
        var (workspaceId, key) = queue.Queued[0];
        var sender = sim.Services.GetRequiredService<DeliverySender>();

        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => sender.SendAsync(workspaceId, key, Ct)));
        var again = await sender.SendAsync(workspaceId, key, Ct);

        Assert.Equal(1, together.Count(o => o.Result == AttemptResult.Sent));
        Assert.Equal(AttemptResult.NotTaken, again.Result);
        Assert.Single(sim.Messenger.All);
    }

    [Fact]
    public async Task A_send_that_outlasts_its_lease_keeps_it_by_renewing_so_no_other_attempt_sends_meanwhile()
    {
        var queue = new CollectingDispatcher();
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, AllDue, Ct, _ => queue);
        await sim.TickAsync(Ct);
        var (workspaceId, key) = queue.Queued[0];
        var member = (await sim.DeliveriesAsync(Ct)).Single(d => d.DeliveryKey == key).MemberId!;
        var release = new TaskCompletionSource();
        var held = sim.Messenger.HoldNext(member, release.Task);
        var schedule = sim.Services.GetRequiredService<IDeliverySchedule>();

        var slow = sim.Services.GetRequiredService<DeliverySender>().SendAsync(workspaceId, key, Ct);
        await held.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        // Two minutes, twice the 60 s lease, while the send is still at Slack: the clock moves a second at a time,
        // and only once the lease has more than half of it left, so each renewal (every 20 s) is made before it lapses.
        for (var second = 1; second <= 120; second++)
        {
            Assert.True(
                await Poll.UntilAsync(async () => (await schedule.GetAsync(workspaceId, key, Ct))!.NotBefore - sim.Time.GetUtcNow() > TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(20), Ct),
                $"the lease was not renewed by {sim.Time.GetUtcNow():HH:mm:ss}");

            sim.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var meanwhile = await sim.Services.GetRequiredService<DeliverySender>().SendAsync(workspaceId, key, Ct);
        release.SetResult();

        Assert.Equal(AttemptResult.NotTaken, meanwhile.Result);
        Assert.Equal(AttemptResult.Sent, (await slow.WaitAsync(TimeSpan.FromSeconds(30), Ct)).Result);
        Assert.Single(sim.Messenger.All, m => m.To == member);
    }

    [Fact]
    public async Task Two_ticks_at_once_claim_each_delivery_once()
    {
        var queue = new CollectingDispatcher();
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, AllDue, Ct, _ => queue);

        var passes = await Task.WhenAll(sim.TickAsync(Ct), sim.TickAsync(Ct));

        Assert.Equal(3, passes.Sum(p => p.Claimed));
        Assert.Equal(3, (await sim.DeliveriesAsync(Ct)).Count);
    }

    [Fact]
    public async Task A_member_whose_channel_answers_429_then_500_is_retried_with_backoff_while_the_others_get_theirs()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, AllDue, Ct);
        var ben = (await sim.MembersAsync(Ct)).Single(m => m.Name == "Ben Becker");
        sim.Messenger.FailNext(
            ben.Id,
            new HttpRequestException("Too Many Requests", null, HttpStatusCode.TooManyRequests),
            new HttpRequestException("Internal Server Error", null, HttpStatusCode.InternalServerError));

        await sim.TickAsync(Ct);
        Assert.Equal(2, sim.Messenger.All.Count);
        var waiting = (await sim.DeliveriesAsync(Ct)).Single(d => d.MemberId == ben.Id);
        Assert.Equal((DeliveryState.Claimed, 1, "the chat service answered HTTP 429", AllDue.AddMinutes(1)), (waiting.State, waiting.Attempts, waiting.LastError, waiting.NotBefore));

        await sim.TickAsync(Ct);
        Assert.Equal(2, sim.Messenger.All.Count); // still inside the backoff: not tried again yet

        sim.Time.Advance(TimeSpan.FromMinutes(1));
        await sim.TickAsync(Ct);
        waiting = (await sim.DeliveriesAsync(Ct)).Single(d => d.MemberId == ben.Id);
        Assert.Equal((DeliveryState.Claimed, 2, "the chat service answered HTTP 500", AllDue.AddMinutes(6)), (waiting.State, waiting.Attempts, waiting.LastError, waiting.NotBefore));

        sim.Time.Advance(TimeSpan.FromMinutes(5));
        await sim.TickAsync(Ct);
        var sent = (await sim.DeliveriesAsync(Ct)).Single(d => d.MemberId == ben.Id);
        Assert.Equal((DeliveryState.Sent, 3, (string?)null), (sent.State, sent.Attempts, sent.LastError));
        Assert.Equal(3, sim.Messenger.All.Count);
        Assert.Single(sim.Messenger.All, m => m.To == ben.Id);
    }

    [Fact]
    public async Task A_permanent_refusal_marks_the_delivery_failed_with_its_reason_and_it_is_never_tried_again()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, AllDue, Ct);
        var sam = (await sim.MembersAsync(Ct)).Single(m => m.Name == "Sam Tan");
        sim.Messenger.FailNext(sam.Id, new DeliveryFailedException("the member left the workspace", permanent: true));

        await sim.TickAsync(Ct);
        sim.Time.Advance(TimeSpan.FromHours(3));
        await sim.TickAsync(Ct);

        var failed = (await sim.DeliveriesAsync(Ct)).Single(d => d.MemberId == sam.Id);
        Assert.Equal((DeliveryState.Failed, 1, "the member left the workspace"), (failed.State, failed.Attempts, failed.LastError));
        var outcomes = ((ImmediateDeliveryDispatcher)sim.Services.GetRequiredService<IDeliveryDispatcher>()).Outcomes;
        Assert.Contains(outcomes, o => o.Outcome is { Result: AttemptResult.Failed, Recipient: "Sam Tan" });
        Assert.Equal(2, sim.Messenger.All.Count);
        Assert.DoesNotContain(sim.Messenger.All, m => m.To == sam.Id);

        var week = (await sim.SayAsync((await sim.MembersAsync(Ct)).Single(m => m.IsManager), "review week", Ct)).OfType<MessageReply>().Single();
        var couldNotReach = week.Sections.Single(s => s.Title == "Couldn't reach");
        Assert.Equal([new Fact("Sam Tan — weekly prompt", "the member left the workspace (gave up)")], couldNotReach.Facts);
    }

    [Fact]
    public async Task A_delivery_that_keeps_failing_is_given_up_after_the_configured_attempts()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, AllDue, Ct);
        var ana = (await sim.MembersAsync(Ct)).Single(m => m.Name == "Ana Alvarez");
        sim.Messenger.FailNext(ana.Id, [.. Enumerable.Range(0, 10).Select(_ => new HttpRequestException("refused"))]);

        for (var i = 0; i < 12; i++)
        {
            await sim.TickAsync(Ct);
            sim.Time.Advance(TimeSpan.FromMinutes(30));
        }

        var failed = (await sim.DeliveriesAsync(Ct)).Single(d => d.MemberId == ana.Id);
        Assert.Equal((DeliveryState.Failed, 6, "the chat service could not be reached, 6 attempts"), (failed.State, failed.Attempts, failed.LastError));
    }

    [Fact]
    public async Task A_prompt_that_could_not_be_sent_before_its_week_closed_is_not_sent_a_week_late()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, AllDue, Ct);
        var ana = (await sim.MembersAsync(Ct)).Single(m => m.Name == "Ana Alvarez");
        sim.Messenger.FailNext(ana.Id, new HttpRequestException("refused"));
        await sim.TickAsync(Ct);

        // The host was down for the rest of the week: the retry comes after Sunday midnight in New York.
        sim.Time.SetUtcNow(new DateTimeOffset(2026, 11, 9, 5, 30, 0, TimeSpan.Zero));
        await sim.TickAsync(Ct);

        var week6 = (await sim.DeliveriesAsync(Ct)).Single(d => d.MemberId == ana.Id && d.Kind == DeliveryKind.WeeklyPrompt && d.WeekNumber == 6);
        Assert.Equal((DeliveryState.Failed, "not sent before its week closed"), (week6.State, week6.LastError));
        Assert.DoesNotContain(sim.Messenger.All, m => m.To == ana.Id);
    }
}
