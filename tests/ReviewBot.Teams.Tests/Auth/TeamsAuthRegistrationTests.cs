using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewBot.Teams.Auth;

namespace ReviewBot.Teams.Tests.Auth;

public class TeamsAuthRegistrationTests
{
    [Fact]
    public void An_app_id_without_a_password_stops_start_up_naming_the_setting()
    {
        using var services = Build(new() { ["Teams:AppId"] = "bot-app-id" });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Teams:AppPassword", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url/{tenant}")]
    [InlineData("/{tenant}/oauth2/v2.0/token")]
    [InlineData("http://login.microsoftonline.com/{tenant}/oauth2/v2.0/token")]
    [InlineData("http://127.0.0.1:5000/{tenant}/oauth2/v2.0/token")]
    [InlineData("https://login.microsoftonline.com/{tenant}/oauth2/token")]
    [InlineData("https://login.microsoftonline.com/oauth2/v2.0/token")]
    public void A_token_endpoint_that_is_not_an_https_entra_v2_token_url_stops_start_up(string endpoint)
    {
        using var services = Build(new() { ["Teams:AppId"] = "bot-app-id", ["Teams:AppPassword"] = "secret", ["Teams:TokenEndpoint"] = endpoint });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Teams:TokenEndpoint", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_metadata_off_loopback_stops_start_up()
    {
        using var services = Build(new()
        {
            ["Teams:AppId"] = "bot-app-id",
            ["Teams:AppPassword"] = "secret",
            ["Teams:OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration",
        });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Teams:OpenIdMetadataUrl", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_failure_message_never_contains_the_secret()
    {
        using var services = Build(new() { ["Teams:AppId"] = "bot-app-id", ["Teams:AppPassword"] = "s3cret-DoNotLog", ["Teams:TokenEndpoint"] = "nope" });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.DoesNotContain("s3cret-DoNotLog", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_app_id_teams_is_off_and_start_up_goes_on()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.False(services.GetRequiredService<IOptions<TeamsOptions>>().Value.IsConfigured);
    }

    [Fact]
    public void A_complete_configuration_resolves_one_validator_and_one_provider()
    {
        using var services = Build(new() { ["Teams:AppId"] = "bot-app-id", ["Teams:AppPassword"] = "secret", ["Teams:TenantId"] = "tenant" });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Same(services.GetRequiredService<BotTokenValidator>(), services.GetRequiredService<BotTokenValidator>());
        Assert.Same(services.GetRequiredService<BotTokenProvider>(), services.GetRequiredService<BotTokenProvider>());
        Assert.Equal(
            new Uri("https://login.microsoftonline.com/tenant/"),
            BotTokenProvider.ResolveAuthority(services.GetRequiredService<IOptions<TeamsOptions>>().Value));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddTeamsAuth()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
