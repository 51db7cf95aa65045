using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

public class TeamsRejectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Cases => ["no token", "wrong issuer", "wrong audience", "expired", "bad signature", "unknown key id", "alg none", "HS256", "serviceUrl mismatch", "key not endorsed for msteams", "a web chat activity signed by a web chat key"];

    private static async Task AssertNothingHappenedAsync(TeamsHost host)
    {
        Assert.Empty(host.Connector.Calls);
        await using var session = await host.Services.GetRequiredService<Database>().OpenSessionAsync(Ct);
        var workspace = await host.Services.GetRequiredService<ReviewBot.Teams.Handlers.TeamsWorkspaces>().FindAsync(host.BotFramework.TenantId, Ct);
        Assert.Null(await session.TeamsConversations.AnyAsync(workspace!.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_request_without_a_valid_bot_framework_token_gets_401_and_changes_nothing(string defect)
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var install = host.Activity("installationUpdate", "29:andy", TeamsHost.AndyAad, "review help");
        install["action"] = "add";
        var now = host.Time.GetUtcNow();
        var serviceUrl = host.Connector.ServiceUrl.ToString();
        var authorization = defect switch
        {
            "no token" => null,
            "wrong issuer" => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = serviceUrl, Issuer = "https://sts.windows.net/someone-else/" }),
            "wrong audience" => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = serviceUrl, Audience = "another-bot" }),
            "expired" => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = serviceUrl, NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }),
            "bad signature" => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = serviceUrl, SigningKey = host.BotFramework.AddKey(host.BotFramework.CurrentKey.KeyId, publish: false) }),
            "unknown key id" => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = serviceUrl, SigningKey = host.BotFramework.AddKey("never-published", publish: false) }),
            "alg none" => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = serviceUrl, Algorithm = "none" }),
            "HS256" => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = serviceUrl, Algorithm = "HS256" }),
            "serviceUrl mismatch" => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = "https://smba.trafficmanager.net/emea/" }),
            _ => host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = serviceUrl, SigningKey = host.BotFramework.AddKey("not-for-teams", endorsements: ["webchat"]) }),
        };
        if (defect.StartsWith("a web chat", StringComparison.Ordinal))
        {
            // Web Chat lets the client name any tenant and user: such an activity must never reach the bot.
            install["channelId"] = "webchat";
        }

        var response = await host.SendRawAsync(install.ToJsonString(), authorization, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappenedAsync(host);
    }

    [Fact]
    public async Task An_activity_from_another_channel_is_refused_even_with_a_teams_endorsed_token()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var message = host.Activity("message", "29:andy", TeamsHost.AndyAad, "review quarter");
        message["channelId"] = "directline";

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.SendAsync(message, Ct)).StatusCode);
        await AssertNothingHappenedAsync(host);
    }

    [Fact]
    public async Task A_malformed_body_gets_401_without_a_token_and_400_with_one()
    {
        await using var host = await TeamsHost.StartAsync(Ct);

        var anonymous = await host.SendRawAsync("{not json", null, Ct);
        var authorised = await host.SendRawAsync("{not json", host.BotFramework.AuthorizationHeader(new FakeBotToken { ServiceUrl = host.Connector.ServiceUrl.ToString() }), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, authorised.StatusCode);
        await AssertNothingHappenedAsync(host);
    }

    [Fact]
    public async Task An_activity_missing_its_conversation_gets_400_with_a_valid_token()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var activity = host.Activity("message", "29:andy", TeamsHost.AndyAad, "review help");
        activity.Remove("conversation");

        var response = await host.SendAsync(activity, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingHappenedAsync(host);
    }
}
