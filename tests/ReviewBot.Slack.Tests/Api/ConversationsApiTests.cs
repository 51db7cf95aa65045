namespace ReviewBot.Slack.Tests.Api;

public class ConversationsApiTests
{
    [Fact]
    public async Task Opens_the_direct_message_with_a_member_and_gets_the_same_channel_each_time()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        var first = await h.Client.Conversations.OpenAsync(["U0CINDY"], ct);
        var again = await h.Client.Conversations.OpenAsync(["U0CINDY"], ct);

        Assert.StartsWith("D", first, StringComparison.Ordinal);
        Assert.Equal(first, again);
        Assert.Equal("U0CINDY", h.Slack.CallsTo("conversations.open")[0].Arg("users"));
    }

    [Fact]
    public async Task Sends_several_members_as_one_comma_separated_users_argument()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var channel = await h.Client.Conversations.OpenAsync(["U0ANDY", "U0CINDY"], TestContext.Current.CancellationToken);

        Assert.StartsWith("G", channel, StringComparison.Ordinal);
        Assert.Equal("U0ANDY,U0CINDY", Assert.Single(h.Slack.CallsTo("conversations.open")).Arg("users"));
    }

    [Fact]
    public async Task Refuses_more_than_eight_members_before_calling_slack()
    {
        await using var h = await SlackApiHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Client.Conversations.OpenAsync([.. Enumerable.Range(1, 9).Select(i => $"U{i}")], TestContext.Current.CancellationToken));

        Assert.Empty(h.Slack.Calls);
    }
}
