using System.Net;
using System.Text.Json.Nodes;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>Teams users the member list does not know, whose profile or activity carries a blank e-mail or Entra id.</summary>
public class TeamsBlankIdentityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string LastReplyText(TeamsHost host) =>
        host.Connector.Calls.Last(c => c.Method == "POST" && c.Path.Contains("/activities/", StringComparison.Ordinal)).Body!.ToJsonString();

    [Fact]
    public async Task A_user_whose_profile_has_a_blank_email_is_told_they_are_not_known()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        host.Connector.AddMember("29:nobody", "", "aad-nobody-0001");

        var response = await host.SendAsync(host.Activity("message", "29:nobody", "aad-nobody-0001", "review help"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Connector.Calls, c => c.Method == "GET" && c.Path.EndsWith("/members/29:nobody", StringComparison.Ordinal));
        Assert.Contains("know you in this workspace yet", LastReplyText(host), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_whose_activity_has_a_blank_entra_id_is_told_they_are_not_known()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        host.Connector.AddMember("29:blank", "someone@example.com", "");
        JsonObject message = host.Activity("message", "29:blank", "", "review help");

        var response = await host.SendAsync(message, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("know you in this workspace yet", LastReplyText(host), StringComparison.Ordinal);
    }
}
