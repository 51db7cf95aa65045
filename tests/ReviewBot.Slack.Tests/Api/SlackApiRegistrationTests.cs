using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReviewBot.Slack.Api;
using ReviewBot.Testing;

namespace ReviewBot.Slack.Tests.Api;

public class SlackApiRegistrationTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSlackApi();
        return builder.Build();
    }

    [Fact]
    public async Task A_bot_token_without_a_signing_secret_stops_start_up_naming_Slack_SigningSecret()
    {
        using var host = Build(new() { ["Slack:BotToken"] = "xoxb-1" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Slack:SigningSecret", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signing_secret_without_a_bot_token_stops_start_up_naming_Slack_BotToken()
    {
        using var host = Build(new() { ["Slack:SigningSecret"] = "s3cret" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Slack:BotToken", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_any_slack_settings_the_host_starts_with_slack_off()
    {
        using var host = Build([]);

        await host.StartAsync(TestContext.Current.CancellationToken);

        Assert.False(host.Services.GetRequiredService<IOptions<SlackOptions>>().Value.IsConfigured);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Calling_slack_without_a_bot_token_fails_before_any_request()
    {
        using var host = Build([]);
        var client = host.Services.GetRequiredService<SlackApiClient>();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Auth.TestAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Slack:BotToken", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_base_url_without_a_trailing_slash_still_keeps_its_path()
    {
        await using var slack = await FakeSlackServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var host = Build(new()
        {
            ["Slack:SigningSecret"] = "s",
            ["Slack:BotToken"] = slack.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString().TrimEnd('/'),
        });

        await host.Services.GetRequiredService<SlackApiClient>().Auth.TestAsync(TestContext.Current.CancellationToken);

        Assert.Equal("auth.test", Assert.Single(slack.Calls).Method);
    }
}
