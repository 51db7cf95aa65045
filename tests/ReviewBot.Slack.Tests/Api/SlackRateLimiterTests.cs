using Microsoft.Extensions.Time.Testing;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Tests.Api;

public class SlackRateLimiterTests
{
    private const string Workspace = "bot-token-of-workspace-one";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Paced at exactly Slack's rates unless a headroom is given, so the spacing can be asserted to the millisecond.</summary>
    private static (SlackRateLimiter Limiter, FakeTimeProvider Time) Limiter(int headroomPercent = 0, int? postsPerMinute = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var options = new SlackRateLimitOptions { HeadroomPercent = headroomPercent };
        if (postsPerMinute is { } perMinute)
        {
            options.CallsPerMinute["chat.postMessage"] = perMinute;
        }

        return (new SlackRateLimiter(options, time), time);
    }

    /// <summary>A turn taken and its call answered at once, as most are.</summary>
    private static async Task AnsweredTurnAsync(SlackRateLimiter limiter, string method, string? channel = null, string workspace = Workspace) =>
        (await limiter.WaitTurnAsync(workspace, method, channel, Ct)).End(SlackTurnEnd.Counted);

    [Fact]
    public async Task Calls_of_a_tier_3_method_are_spaced_by_its_rate_and_each_workspace_has_its_own_turns()
    {
        var (limiter, time) = Limiter();

        await AnsweredTurnAsync(limiter, "conversations.open");
        var second = limiter.WaitTurnAsync(Workspace, "conversations.open", null, Ct);
        await AnsweredTurnAsync(limiter, "conversations.open", workspace: "bot-token-of-workspace-two");
        await AnsweredTurnAsync(limiter, "auth.test");

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

        await AnsweredTurnAsync(limiter, "conversations.open");
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

        await AnsweredTurnAsync(limiter, "chat.postMessage", "D1");
        var again = limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D1", Ct);
        await AnsweredTurnAsync(limiter, "chat.postMessage", "D2");

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
        await AnsweredTurnAsync(limiter, "users.info");

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task A_call_a_window_behind_another_waits_a_window_after_that_ones_answer_not_after_its_turn()
    {
        // Two posts a second over the workspace: turns 500 ms apart, and at most two admitted in any second.
        var (limiter, time) = Limiter(postsPerMinute: 120);

        var first = await limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D1", Ct);
        var second = limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D2", Ct);
        time.Advance(TimeSpan.FromMilliseconds(500));
        (await second.WaitAsync(TimeSpan.FromSeconds(10), Ct)).End(SlackTurnEnd.Counted);
        var third = limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D3", Ct);

        // The first call's answer came late, 700 ms after its turn: Slack may have counted it as late as that.
        time.Advance(TimeSpan.FromMilliseconds(200));
        first.End(SlackTurnEnd.Counted);
        time.Advance(TimeSpan.FromMilliseconds(300));
        Assert.False(third.IsCompleted, "went out on its spaced turn, inside the window of the first call's answer");
        time.Advance(TimeSpan.FromMilliseconds(699));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task A_call_waits_while_the_call_a_window_before_it_has_no_answer_yet()
    {
        var (limiter, time) = Limiter(postsPerMinute: 60);

        var first = await limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D1", Ct);
        var second = limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D2", Ct);

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(second.IsCompleted);
        first.End(SlackTurnEnd.Counted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task A_refused_call_frees_its_place_in_the_window_at_once()
    {
        var (limiter, time) = Limiter(postsPerMinute: 60);

        var refused = await limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D1", Ct);
        var next = limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D2", Ct);
        refused.End(SlackTurnEnd.NotCounted);

        // Only the spacing is left: Slack did not count the refused call.
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task A_turn_given_up_while_waiting_leaves_the_next_call_waiting_on_the_call_before_it()
    {
        var (limiter, time) = Limiter(postsPerMinute: 60);
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var first = await limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D1", Ct);
        var givenUp = limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D2", giveUp.Token);
        var third = limiter.WaitTurnAsync(Workspace, "chat.postMessage", "D3", Ct);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => givenUp);

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted, "went out while the first call had no answer");
        first.End(SlackTurnEnd.Counted);
        time.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task A_429_that_comes_back_while_a_call_waits_for_its_turn_holds_that_call_until_the_pause_ends()
    {
        var (limiter, time) = Limiter();

        await AnsweredTurnAsync(limiter, "conversations.open");
        var waiting = limiter.WaitTurnAsync(Workspace, "conversations.open", null, Ct);
        time.Advance(TimeSpan.FromMilliseconds(1000));
        limiter.Pause(Workspace, "conversations.open", TimeSpan.FromSeconds(3));

        // Its turn was 1.2 s; the pause runs to 4 s.
        time.Advance(TimeSpan.FromMilliseconds(200));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(2799));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }
}
