using Microsoft.Extensions.Time.Testing;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.Tests.Handlers;

public class SlackDeadlineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void An_allowance_shrinks_by_the_time_since_the_request_arrived_and_never_goes_below_zero()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var deadline = SlackDeadline.StartingNow(time);

        time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(TimeSpan.FromSeconds(1), deadline.Remaining(TimeSpan.FromSeconds(2.5), time));

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, deadline.Remaining(TimeSpan.FromSeconds(2.5), time));
    }

    [Fact]
    public async Task Work_that_outlasts_what_remains_of_the_answer_budget_is_not_waited_for()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var deadline = SlackDeadline.StartingNow(time);
        var never = new TaskCompletionSource();

        // Most of the allowance went before the handler started waiting (a slow workspace lookup, say).
        time.Advance(SlackAnswerBudget.Allowance - TimeSpan.FromMilliseconds(500));
        var waiting = SlackAnswerBudget.FinishesInTimeAsync(never.Task, deadline, time, Ct);
        time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.False(await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.False(await SlackAnswerBudget.FinishesInTimeAsync(never.Task, deadline, time, Ct));
        Assert.True(await SlackAnswerBudget.FinishesInTimeAsync(Task.CompletedTask, deadline, time, Ct));
    }
}
