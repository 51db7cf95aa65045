using Microsoft.Extensions.Time.Testing;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Tests.Api;

public class SlackRateLimiterTests
{
    private const string Workspace = "bot-token-of-workspace-one";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Paced at exactly Slack's rates unless a headroom is given, so the spacing can be asserted to the millisecond.</summary>
    private static (SlackRateLimiter Limiter, FakeTimeProvider Time) Limiter(int headroomPercent = 0)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        return (new SlackRateLimiter(new SlackRateLimitOptions { HeadroomPercent = headroomPercent }, time), time);
    }

    [Fact]
    public async Task Calls_of_a_tier_3_method_are_spaced_by_its_rate_and_each_workspace_has_its_own_turns()
    {
        var (limiter, time) = Limiter();

        await limiter.WaitTurnAsync(Workspace, "conversations.open", null, Ct);
        var second = limiter.WaitTurnAsync(Workspace, "conversations.open", null, Ct);
        await limiter.WaitTurnAsync("bot-token-of-workspace-two", "conversations.open", null, Ct);
        await limiter.WaitTurnAsync(Workspace, "auth.test", null, Ct);

        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1199));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task A_headroom_spaces_the_turns_that_much_below_the_rate()
    {
        var (limiter, time) = Limiter(headroomPercent: 20);

        await limiter.WaitTurnAsync(Workspace, "conversations.open", null, Ct);
        var second = limiter.WaitTurnAsync(Workspace, "conversations.open", null, Ct);

        // 50 a minute is one each 1.2 s; 20% below it, 40 a minute, one each 1.5 s.
        time.Advance(TimeSpan.FromMilliseconds(1499));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task Posts_to_one_channel_wait_a_second_while_posts_to_other_channels_go_at_once()
    {
        var (limiter, time) = Limiter();

        await limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D1", Ct);
        var again = limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D1", Ct);
        await limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D2", Ct);

        Assert.False(again.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await again.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task A_429_pauses_the_method_for_every_caller_until_its_retry_after_and_no_other_method()
    {
        var (limiter, time) = Limiter();

        limiter.Pause(Workspace, "chat.postMessage", TimeSpan.FromSeconds(30));
        var waiting = Enumerable.Range(1, 3).Select(i => limiter.WaitTurnAsync(Workspace, "chat.postMessage", $"D{i}", Ct)).ToList();
        await limiter.WaitTurnAsync(Workspace, "users.info", null, Ct);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }
}
