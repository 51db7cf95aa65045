using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ReviewBot.Slack.SocketMode;

public static class SlackSocketModeRegistration
{
    /// <summary>True when an app-level token turns Socket Mode on.</summary>
    public static bool IsSlackSocketModeConfigured(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration.GetSection(SlackOptions.Section)[nameof(SlackOptions.AppToken)]);
    }

    /// <summary>
    /// Socket Mode beside the HTTP endpoints (after <see cref="SlackRegistration.AddSlack"/>): the connections, and the
    /// receiver that hands their envelopes to the same router.
    /// </summary>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services)
    {
        services.AddSingleton<SocketModeReceiver>();
        services.AddHostedService<SlackSocketMode>();
        return services;
    }
}
