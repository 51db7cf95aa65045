using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReviewBot.Slack.Api;
using ReviewBot.Slack.OAuth;

namespace ReviewBot.Slack.Tests.OAuth;

public class SlackOAuthOptionsTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSlackApi().AddSlackOAuth();
        return builder.Build();
    }

    [Fact]
    public async Task Installs_through_oauth_need_no_configured_bot_token()
    {
        using var host = Build(new() { ["Slack:SigningSecret"] = "s", ["Slack:ClientId"] = "1234.5678", ["Slack:ClientSecret"] = "c" });

        await host.StartAsync(TestContext.Current.CancellationToken);

        var options = host.Services.GetRequiredService<IOptions<SlackOAuthOptions>>().Value;
        Assert.True(options.IsConfigured);
        Assert.Equal(TimeSpan.FromMinutes(10), options.StateLifetime);
        Assert.Equal("/oauth/v2/authorize", options.OAuthAuthorizeUrl.AbsolutePath);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_client_id_without_its_secret_stops_start_up_naming_the_setting_but_not_the_value()
    {
        using var host = Build(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "t", ["Slack:ClientId"] = "1234.5678" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Slack:ClientSecret", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1234.5678", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_oauth_a_signing_secret_still_needs_a_bot_token_and_says_both_ways_to_get_one()
    {
        using var host = Build(new() { ["Slack:SigningSecret"] = "s" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Slack:BotToken", e.Message, StringComparison.Ordinal);
        Assert.Contains("Slack:ClientId", e.Message, StringComparison.Ordinal);
    }
}
