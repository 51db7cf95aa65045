using System.Net;
using ReviewBot.Teams.Auth;
using ReviewBot.Testing;

namespace ReviewBot.Teams.Tests.Auth;

public class BotTokenProviderTests
{
    [Fact]
    public async Task The_first_call_fetches_a_token_and_later_calls_reuse_it()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        var first = await h.Provider.GetTokenAsync(ct);
        var second = await h.Provider.GetTokenAsync(ct);

        Assert.Equal(Assert.Single(h.Bot.IssuedTokens), first);
        Assert.Equal(first, second);
        Assert.Single(h.Bot.TokenRequests);
    }

    [Fact]
    public async Task A_token_with_more_than_five_minutes_left_is_reused()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        h.Bot.TokenExpiresInSeconds = 6 * 60;

        var first = await h.Provider.GetTokenAsync(ct);

        Assert.Equal(first, await h.Provider.GetTokenAsync(ct));
        Assert.Single(h.Bot.TokenRequests);
    }

    [Fact]
    public async Task A_token_within_five_minutes_of_expiring_is_replaced_on_the_next_call()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        h.Bot.TokenExpiresInSeconds = 5 * 60;

        var first = await h.Provider.GetTokenAsync(ct);
        var second = await h.Provider.GetTokenAsync(ct);

        Assert.NotEqual(first, second);
        Assert.Equal([first, second], h.Bot.IssuedTokens);
        Assert.Equal(2, h.Bot.TokenRequests.Count);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        h.Bot.TokenDelay = TimeSpan.FromMilliseconds(200);
        var provider = h.Provider;

        var tokens = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => provider.GetTokenAsync(TestContext.Current.CancellationToken))));

        Assert.Single(tokens.Distinct());
        Assert.Single(h.Bot.TokenRequests);
    }

    [Fact]
    public async Task The_request_posts_the_client_credentials_form_to_the_tenants_token_endpoint()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        await h.Provider.GetTokenAsync(TestContext.Current.CancellationToken);

        // Instance discovery is off: the configured endpoint is the only thing asked.
        var call = Assert.Single(h.Bot.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/{FakeBotFramework.DefaultTenantId}/oauth2/v2.0/token", call.Path);
        Assert.Equal("client_credentials", call.Field("grant_type"));
        Assert.Equal(h.Bot.AppId, call.Field("client_id"));
        Assert.Equal(h.Bot.AppPassword, call.Field("client_secret"));
        Assert.Equal("https://api.botframework.com/.default", call.Field("scope"));
    }

    [Fact]
    public async Task Without_a_tenant_id_the_botframework_com_tenant_is_asked()
    {
        await using var h = await TeamsAuthHarness.StartAsync(s => s["Teams:TenantId"] = null, fakeTenantId: BotTokenProvider.MultiTenantTenant);

        await h.Provider.GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(h.Bot.TokenRequests).Path);
    }

    [Fact]
    public async Task A_refused_secret_becomes_a_bot_token_exception_without_the_secret()
    {
        await using var h = await TeamsAuthHarness.StartAsync(s => s["Teams:AppPassword"] = "the-wrong-secret-DoNotLog");

        var e = await Assert.ThrowsAsync<BotTokenException>(() => h.Provider.GetTokenAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.Equal("invalid_client", e.Error);
        Assert.Contains("401", e.Message, StringComparison.Ordinal);
        Assert.Contains("AADSTS7000215", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the-wrong-secret-DoNotLog", e.ToString(), StringComparison.Ordinal);
        Assert.Single(h.Bot.TokenRequests);
    }

    [Fact]
    public async Task The_wrong_tenant_is_reported_with_its_aadsts_code()
    {
        await using var h = await TeamsAuthHarness.StartAsync(s => s["Teams:TenantId"] = "another-tenant");

        var e = await Assert.ThrowsAsync<BotTokenException>(() => h.Provider.GetTokenAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal("unauthorized_client", e.Error);
        Assert.Contains("AADSTS700016", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_failure_the_next_call_tries_again()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        h.Bot.FailTokenRequests(HttpStatusCode.Unauthorized);

        await Assert.ThrowsAsync<BotTokenException>(() => h.Provider.GetTokenAsync(ct));
        var token = await h.Provider.GetTokenAsync(ct);

        Assert.Equal(Assert.Single(h.Bot.IssuedTokens), token);
        Assert.Equal(2, h.Bot.TokenRequests.Count);
    }

    [Fact]
    public async Task No_log_line_contains_the_token_or_the_secret()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        h.Bot.FailTokenRequests(HttpStatusCode.Unauthorized);

        await Assert.ThrowsAsync<BotTokenException>(() => h.Provider.GetTokenAsync(ct));
        var token = await h.Provider.GetTokenAsync(ct);
        await h.Validator.ValidateAsync(h.Bot.AuthorizationHeader(), FakeBotFramework.Teams, FakeBotFramework.DefaultServiceUrl, ct);

        Assert.NotEmpty(h.Logs.Logs);
        Assert.DoesNotContain(h.Logs.Logs, l => l.Contains(token) || l.Contains(h.Bot.AppPassword));
    }
}
