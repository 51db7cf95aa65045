using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Streams;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>
/// A live stream scheduled in chat and reviewed through the host's scheduler on a SQLite file: Mia (New York)
/// schedules "Black Friday EU" for 14:00 her time on Thursday 3 December 2026, 20:00 in Berlin, 90 minutes, hosted
/// by Ben (Berlin) with Sam (Singapore) on the crew. The review is asked for at 21:00 UTC: 22:00 for Ben, 05:00 for
/// Sam, who is asked at 08:00 Singapore (00:00 UTC) instead.
/// </summary>
public class StreamReviewSchedulingTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AskedAt = new(2026, 12, 3, 21, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SingaporeMorning = new(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stream_scheduled_in_chat_is_claimed_once_per_reviewer_after_its_end_and_never_in_their_night()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, Start, Ct);
        var (mia, ben, sam) = await PeopleAsync(sim);
        var stream = await ScheduleAsync(sim, mia);

        await TickAtAsync(sim, AskedAt.AddMinutes(-1));
        Assert.Empty(await StreamDeliveriesAsync(sim));

        await TickAtAsync(sim, AskedAt.AddMinutes(5));
        await TickAtAsync(sim, AskedAt.AddMinutes(10));
        var evening = await StreamDeliveriesAsync(sim);
        var benPrompt = Assert.Single(evening);
        Assert.Equal((DeliveryKind.StreamReviewPrompt, DeliveryKeys.StreamReviewPrompt(stream.Id, ben.Id), ben.Id, stream.Id, AskedAt), (benPrompt.Kind, benPrompt.DeliveryKey, benPrompt.MemberId, benPrompt.SubjectId, benPrompt.DueAt));
        Assert.Equal((stream.Quarter, (int?)stream.WeekNumber), (benPrompt.Quarter, benPrompt.WeekNumber));

        await TickAtAsync(sim, SingaporeMorning.AddMinutes(5));
        var morning = await StreamDeliveriesAsync(sim);
        Assert.Equal(new[] { ben.Id, sam.Id }.Order(StringComparer.Ordinal), morning.Select(d => d.MemberId!).Order(StringComparer.Ordinal));
        Assert.Equal(SingaporeMorning, morning.Single(d => d.MemberId == sam.Id).DueAt);
        Assert.DoesNotContain(morning, d => d.MemberId == mia.Id);
    }

    [Fact]
    public async Task A_stream_cancelled_in_chat_is_never_prompted()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, Start, Ct);
        var (mia, _, _) = await PeopleAsync(sim);
        await ScheduleAsync(sim, mia);

        var cancelled = (await sim.SayAsync(mia, "review stream cancel \"Black Friday EU\"", Ct)).OfType<MessageReply>().Single();
        await TickAtAsync(sim, AskedAt.AddMinutes(5));
        await TickAtAsync(sim, SingaporeMorning.AddDays(2));

        Assert.StartsWith("Cancelled “Black Friday EU”", cancelled.Headline, StringComparison.Ordinal);
        Assert.Empty(await StreamDeliveriesAsync(sim));
    }

    /// <summary>
    /// The whole way to the chat: one prompt per reviewer on the playground messenger, one summary in the team's
    /// channel once both have answered.
    /// </summary>
    [Fact]
    public async Task Each_reviewer_gets_exactly_one_prompt_and_the_team_one_summary_once_they_have_answered()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, Start, Ct);
        var (mia, ben, sam) = await PeopleAsync(sim);
        var stream = await ScheduleAsync(sim, mia);

        await TickAtAsync(sim, AskedAt.AddMinutes(5));
        await TickAtAsync(sim, SingaporeMorning.AddMinutes(5));
        await TickAtAsync(sim, SingaporeMorning.AddMinutes(10));

        var prompts = sim.Messenger.All.Where(d => d.DeliveryKey?.StartsWith("stream:", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(new[] { ben.Id, sam.Id }.Order(StringComparer.Ordinal), prompts.Select(p => p.To).Order(StringComparer.Ordinal));
        Assert.All(prompts, p => Assert.Equal("direct", p.How));
        Assert.All(await StreamDeliveriesAsync(sim), d => Assert.Equal(DeliveryState.Sent, d.State));

        await AnswerAsync(sim, stream, ben);
        await TickAtAsync(sim, SingaporeMorning.AddHours(1));
        Assert.DoesNotContain(sim.Messenger.All, d => d.DeliveryKey == DeliveryKeys.StreamReviewSummary(stream.Id));

        await AnswerAsync(sim, stream, sam);
        await TickAtAsync(sim, SingaporeMorning.AddHours(2));
        await TickAtAsync(sim, SingaporeMorning.AddHours(3));
        await TickAtAsync(sim, SingaporeMorning.AddDays(2));

        var summary = Assert.Single(sim.Messenger.All, d => d.DeliveryKey == DeliveryKeys.StreamReviewSummary(stream.Id));
        Assert.Equal(("channel", "world-sales-channel"), (summary.How, summary.To));
        Assert.Equal(2, sim.Messenger.All.Count(d => d.DeliveryKey?.StartsWith("stream:", StringComparison.Ordinal) == true));
    }

    private static async Task<(Member Mia, Member Ben, Member Sam)> PeopleAsync(SchedulerHarness sim)
    {
        var members = await sim.MembersAsync(Ct);
        return (members.Single(m => m.Name == "Mia Manager"), members.Single(m => m.Name == "Ben Becker"), members.Single(m => m.Name == "Sam Tan"));
    }

    private static async Task<LiveStream> ScheduleAsync(SchedulerHarness sim, Member mia)
    {
        var replies = await sim.SayAsync(mia, "review stream add 2026-12-03 14:00 90m \"Black Friday EU\" @ben@example.com @sam@example.com EUR", Ct);
        var reply = replies.OfType<MessageReply>().Single();
        Assert.Equal("Scheduled “Black Friday EU”", reply.Headline);
        var streams = sim.Services.GetRequiredService<ILiveStreams>();
        var stream = Assert.Single(await streams.StreamsAsync(mia.WorkspaceId, mia.TeamId, Start, Start.AddDays(7), Ct));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 19, 0, 0, TimeSpan.Zero), stream.StartsAt);
        return stream;
    }

    private static async Task TickAtAsync(SchedulerHarness sim, DateTimeOffset at)
    {
        sim.Time.SetUtcNow(at);
        await sim.TickAsync(Ct);
    }

    private static async Task<List<ScheduledDelivery>> StreamDeliveriesAsync(SchedulerHarness sim) =>
        [.. (await sim.DeliveriesAsync(Ct)).Where(d => d.Kind is DeliveryKind.StreamReviewPrompt or DeliveryKind.StreamReviewSummary)];

    /// <summary>A reviewer's answers as the stream review dialog records them: under the stream's id.</summary>
    private static async Task AnswerAsync(SchedulerHarness sim, LiveStream stream, Member member)
    {
        var records = sim.Services.GetRequiredService<ICheckInRecords>();
        var now = sim.Time.GetUtcNow();
        ReviewAnswer Answer(string question, string text) =>
            new(Ids.New(), member.WorkspaceId, ReviewTemplates.LiveStream.Id, question, member.Id, stream.Quarter, stream.WeekNumber, null, text, now) { SubjectId = stream.Id };
        await records.RecordAsync(new Submission(member.WorkspaceId, $"stream-review:{member.Id}", [], [Answer(StreamMetrics.Gmv, "125000"), Answer("keep", "The bundle offer"), Answer("change", "Start on time")]), Ct);
    }
}
