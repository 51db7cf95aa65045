using System.Net;
using Microsoft.Extensions.Logging;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>
/// A user the member list does not know is looked up on the connector; whatever that look-up does (fail,
/// answer nonsense, drop the connection) the turn goes on, the user is told they are not known, and the
/// failure is one warning.
/// </summary>
public class TeamsMemberLookupFailureTests
{
    private const string StrangerId = "29:stranger";
    private const string StrangerAad = "aad-stranger-0001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "{\"error\":{\"code\":\"InternalServerError\"}}")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "")]
    [InlineData(HttpStatusCode.NotFound, "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}")]
    [InlineData(HttpStatusCode.OK, "[]")]
    [InlineData(HttpStatusCode.OK, "\"x\"")]
    [InlineData(HttpStatusCode.OK, "{\"email\": 5}")]
    [InlineData(HttpStatusCode.OK, "{\"id\": {\"nested\": true}, \"email\": [\"a@example.com\"]}")]
    [InlineData(HttpStatusCode.OK, "<html>garbage")]
    [InlineData(HttpStatusCode.OK, "{\"email\": \"truncated")]
    [InlineData(HttpStatusCode.OK, "")]
    [InlineData(HttpStatusCode.OK, "null")]
    public async Task An_unknown_user_whose_member_lookup_answers_oddly_is_told_they_are_not_known(HttpStatusCode status, string body)
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        host.Connector.AnswerMemberLookupsWith(status, body);

        await AssertToldTheyAreNotKnownAsync(host);
    }

    [Fact]
    public async Task An_unknown_user_whose_member_lookup_gets_no_answer_is_told_they_are_not_known()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        host.Connector.DropMemberLookups();

        await AssertToldTheyAreNotKnownAsync(host);
    }

    private static async Task AssertToldTheyAreNotKnownAsync(TeamsHost host)
    {
        var sending = host.SendAsync(host.Activity("message", StrangerId, StrangerAad, "review help"), Ct);

        // The connector client retries 5xx and dropped connections with back-off on the host's clock, which the
        // test moves only until the reply is posted, so the reply's own timeouts never fire.
        await Poll.AdvancingAsync(host.Time, TimeSpan.FromSeconds(1), () => sending.IsCompleted, TimeSpan.FromSeconds(30), Ct, moveWhile: () => !host.Connector.Calls.Any(IsReply));

        var response = await sending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Connector.Calls, c => c.Method == "GET" && c.Path.EndsWith($"/members/{StrangerId}", StringComparison.Ordinal));
        Assert.Contains("know you in this workspace yet", host.Connector.Calls.Last(IsReply).Body!.ToJsonString(), StringComparison.Ordinal);

        var warnings = host.Logs.Logs.Where(l => l.Level >= LogLevel.Warning && l.Category.StartsWith("ReviewBot", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("look up a Teams user's e-mail", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
        string[] secrets = [host.Connector.ServiceUrl.Authority, .. host.BotFramework.IssuedTokens, StrangerAad];
        Assert.DoesNotContain(secrets, secret => warning.Message.Contains(secret, StringComparison.Ordinal) || warning.Values.Any(v => v.Contains(secret, StringComparison.Ordinal)));
    }

    private static bool IsReply(ReviewBot.Testing.ConnectorCall call) =>
        call.Method == "POST" && call.Path.Contains("/activities/", StringComparison.Ordinal);
}
