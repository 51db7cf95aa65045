using ReviewBot.Slack.Api;
using ReviewBot.Testing;

namespace ReviewBot.Slack.Tests.Api;

public class UsersApiTests
{
    [Fact]
    public async Task Reads_a_members_time_zone_locale_and_email_with_a_form_request_that_asks_for_the_locale()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.AddUser(new FakeSlackUser("U0CINDY", "cindy", "Asia/Kolkata", 19800, "en-IN", "cindy@example.com"));

        var user = await h.Client.Users.InfoAsync("U0CINDY", TestContext.Current.CancellationToken);

        Assert.Equal("U0CINDY", user.Id);
        Assert.Equal("Asia/Kolkata", user.Tz);
        Assert.Equal(19800, user.TzOffset);
        Assert.Equal("en-IN", user.Locale);
        Assert.Equal("cindy@example.com", user.Profile?.Email);
        Assert.Equal(FakeSlackServer.TeamId, user.TeamId);
        var call = Assert.Single(h.Slack.CallsTo("users.info"));
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("U0CINDY", call.Form["user"]);
        Assert.Equal("true", call.Form["include_locale"]);
    }

    [Fact]
    public async Task An_unknown_member_is_user_not_found_not_a_null()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Users.InfoAsync("U0NOBODY", TestContext.Current.CancellationToken));

        Assert.Equal("user_not_found", e.Error);
    }
}
