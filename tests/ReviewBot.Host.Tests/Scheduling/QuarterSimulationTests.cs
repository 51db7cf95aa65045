using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>
/// 2026-Q4 hour by hour, through the host's scheduler, the engine and a SQLite file: Ana (New York) answers
/// every prompt at once, Sam (Singapore) only in even weeks, Ben (Berlin) only the retrospective, after which each
/// is asked to plan the next quarter; Ana is on leave from 21 December. Berlin leaves summer time on 25 October, New York on 1 November.
/// </summary>
public class QuarterSimulationTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 30, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2027, 1, 8, 0, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_quarter_over_three_time_zones_yields_exactly_the_expected_deliveries_at_local_times_and_a_review_with_causes_and_lessons()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, Start, Ct);
        var members = await sim.MembersAsync(Ct);
        var ana = members.Single(m => m.Name == "Ana Alvarez");
        var ben = members.Single(m => m.Name == "Ben Becker");
        var sam = members.Single(m => m.Name == "Sam Tan");
        await using (var session = await sim.Database.OpenSessionAsync(Ct))
        {
            await session.Schedule.AddLeaveAsync(ana.WorkspaceId, ana.Id, new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 2), Ct);
        }

        for (var now = Start; now <= End; now = now.AddHours(1))
        {
            sim.Time.SetUtcNow(now);
            await sim.TickAsync(Ct);
            foreach (var sent in (await sim.DeliveriesAsync(Ct)).Where(d => d.SentAt == now))
            {
                var member = members.SingleOrDefault(m => m.Id == sent.MemberId);
                if (sent.Kind == DeliveryKind.RetrospectivePrompt && member is not null)
                {
                    await sim.AnswerAsync(member, ActionIds.OpenRetrospective, f => Retrospective(member, f), Ct);
                }
                else if (sent.Kind == DeliveryKind.WeeklyPrompt && (member == ana || (member == sam && sent.WeekNumber % 2 == 0)))
                {
                    await sim.AnswerAsync(member!, ActionIds.OpenCheckIn, CheckIn, Ct);
                }
            }
        }

        var deliveries = await sim.DeliveriesAsync(Ct);
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));

        Assert.Equal(Weeks(2, 12), WeeksOf(deliveries, DeliveryKind.WeeklyPrompt, ana));
        Assert.Equal(Weeks(2, 13), WeeksOf(deliveries, DeliveryKind.WeeklyPrompt, ben));
        Assert.Equal(Weeks(2, 13), WeeksOf(deliveries, DeliveryKind.WeeklyPrompt, sam));
        Assert.Equal(Weeks(2, 13), WeeksOf(deliveries, DeliveryKind.Reminder, ben));
        Assert.Equal([3, 5, 7, 9, 11, 13], WeeksOf(deliveries, DeliveryKind.Reminder, sam));
        Assert.Empty(WeeksOf(deliveries, DeliveryKind.Reminder, ana));
        Assert.Equal(new[] { ben.Id, sam.Id }.Order(StringComparer.Ordinal), deliveries.Where(d => d.Kind == DeliveryKind.RetrospectivePrompt).Select(d => d.MemberId!).Order(StringComparer.Ordinal));
        // The manager is prompted for nothing, and told once that 2027-Q1, which has no key results yet, prompts nobody.
        Assert.Equal(
            [(DeliveryKind.KeyResultsMissing, (Core.Periods.Quarter?)new Core.Periods.Quarter(2027, 1))],
            deliveries.Where(d => d.MemberId == members.Single(m => m.IsManager).Id).Select(d => (d.Kind, d.Quarter)));
        // Ben and Sam answered the retrospective as it came, so each is asked to plan 2027-Q1 at the next tick; Ana,
        // on leave, had no retrospective to answer.
        var planning = deliveries.Where(d => d.Kind == DeliveryKind.PlanningPrompt).ToList();
        Assert.Equal(new[] { ben.Id, sam.Id }.Order(StringComparer.Ordinal), planning.Select(d => d.MemberId!).Order(StringComparer.Ordinal));
        Assert.All(planning, p =>
        {
            var retrospective = deliveries.Single(d => d.Kind == DeliveryKind.RetrospectivePrompt && d.MemberId == p.MemberId);
            Assert.Equal((Core.Scheduling.DeliveryKeys.PlanningPrompt(p.MemberId!, new Core.Periods.Quarter(2027, 1)), retrospective.SentAt!.Value.AddHours(1)), (p.DeliveryKey, p.SentAt!.Value));
        });
        Assert.Equal(35 + 18 + 2 + 1 + 1 + 2, deliveries.Count);

        // Every prompt at 09:00 on the member's own Monday, across both DST changes; Sam's offsite Monday moves
        // his week 8 prompt to Tuesday, Berlin's bridge day moves Ben's retrospective to Tuesday.
        foreach (var prompt in deliveries.Where(d => d.Kind is DeliveryKind.WeeklyPrompt or DeliveryKind.RetrospectivePrompt))
        {
            var member = members.Single(m => m.Id == prompt.MemberId);
            var local = Local(prompt.SentAt!.Value, member);
            var moved = (member == sam && prompt.WeekNumber == 8) || (member == ben && prompt.Kind == DeliveryKind.RetrospectivePrompt);
            Assert.Equal((moved ? DayOfWeek.Tuesday : DayOfWeek.Monday, new TimeOnly(9, 0)), (local.DayOfWeek, TimeOnly.FromDateTime(local.DateTime)));
        }

        Assert.Equal(new DateTimeOffset(2026, 10, 19, 7, 0, 0, TimeSpan.Zero), SentAt(deliveries, DeliveryKind.WeeklyPrompt, ben, 4));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero), SentAt(deliveries, DeliveryKind.WeeklyPrompt, ben, 5));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 13, 0, 0, TimeSpan.Zero), SentAt(deliveries, DeliveryKind.WeeklyPrompt, ana, 5));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero), SentAt(deliveries, DeliveryKind.WeeklyPrompt, ana, 6));
        Assert.Equal(new DateTimeOffset(2026, 10, 5, 1, 0, 0, TimeSpan.Zero), SentAt(deliveries, DeliveryKind.WeeklyPrompt, sam, 2));

        // Reminders 48 hours after the prompt, on Wednesday at 09:00 in the member's zone.
        Assert.All(deliveries.Where(d => d.Kind == DeliveryKind.Reminder), reminder =>
        {
            var member = members.Single(m => m.Id == reminder.MemberId);
            var local = Local(reminder.SentAt!.Value, member);
            Assert.Equal((DayOfWeek.Wednesday, new TimeOnly(9, 0)), (local.DayOfWeek, TimeOnly.FromDateTime(local.DateTime)));
        });

        // What the channel saw: each reminder rewrote its prompt and nudged once; one review, posted by itself; and
        // the manager's one notice about the next quarter.
        var messages = sim.Messenger.All;
        Assert.Equal(35 + 2 + 18 + 1 + 2, messages.Count(m => m.How == "direct"));
        Assert.All(messages.Where(m => m.DeliveryKey?.StartsWith("planning:", StringComparison.Ordinal) == true), m => Assert.Contains(m.Message.Buttons, b => b.ActionId == ActionIds.OpenPlan));
        Assert.Equal(18, messages.Count(m => m.How == "update"));
        var review = Assert.Single(messages, m => m.How == "channel");
        Assert.Equal(("world-sales-channel", new DateTimeOffset(2027, 1, 1, 15, 0, 0, TimeSpan.Zero)), (review.To, review.At));
        var text = Text(review.Message);
        Assert.Contains("The distributor signed late, from Ben", text, StringComparison.Ordinal);
        Assert.Contains("Marketplace ads paid off, from Sam", text, StringComparison.Ordinal);
        Assert.Contains("Start renewals earlier, says Ben", text, StringComparison.Ordinal);
    }

    private static string? CheckIn(FormField field) => field.Kind switch
    {
        FieldKind.Amount => "1M",
        FieldKind.Choice => field.Choices![0].Value,
        _ => null,
    };

    private static string? Retrospective(Member member, FormField field)
    {
        var first = member.Name.Split(' ')[0];
        return field.Id switch
        {
            _ when field.Kind == FieldKind.Amount => "5M",
            _ when field.Id.EndsWith(".cause", StringComparison.Ordinal) =>
                first == "Ben" ? "The distributor signed late, from Ben" : $"Marketplace ads paid off, from {first}",
            "worked" => $"Weekly pipeline calls, says {first}",
            "change" => $"Start renewals earlier, says {first}",
            _ => field.Required ? "n/a" : null,
        };
    }

    private static List<int> Weeks(int first, int last) => [.. Enumerable.Range(first, last - first + 1)];

    private static List<int> WeeksOf(IReadOnlyList<ScheduledDelivery> deliveries, DeliveryKind kind, Member member) =>
        [.. deliveries.Where(d => d.Kind == kind && d.MemberId == member.Id).Select(d => d.WeekNumber!.Value).Order()];

    private static DateTimeOffset? SentAt(IReadOnlyList<ScheduledDelivery> deliveries, DeliveryKind kind, Member member, int week) =>
        deliveries.Single(d => d.Kind == kind && d.MemberId == member.Id && d.WeekNumber == week).SentAt;

    private static DateTimeOffset Local(DateTimeOffset instant, Member member) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(member.TimeZoneId));

    private static string Text(MessageReply message) => string.Join(
        "\n",
        new[] { message.Headline }
            .Concat(message.Sections.SelectMany(s => new[] { s.Title, s.Text }.Concat(s.Facts.SelectMany(f => new[] { f.Label, f.Value }))))
            .Concat(message.Context)
            .OfType<string>());
}
