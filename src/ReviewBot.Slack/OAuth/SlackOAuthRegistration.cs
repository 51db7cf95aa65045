using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.OAuth;

public static class SlackOAuthRegistration
{
    /// <summary>
    /// Per-workspace bot tokens (installed through OAuth, or the configured one for its own workspace) and the install
    /// flow's options and states. Data Protection is added with its defaults; the host says where its keys live.
    /// </summary>
    public static IServiceCollection AddSlackOAuth(this IServiceCollection services)
    {
        services.AddOptions<SlackOAuthOptions>()
            .BindConfiguration(SlackOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOAuthOptions>, SlackOAuthOptionsValidator>());
        services.AddDataProtection();
        services.AddSingleton<SlackBotTokens>();
        services.AddSingleton<SlackInstallStates>();
        // Holds the transient typed Web API client, so it is transient too.
        services.AddTransient<SlackWorkspaceClients>();
        return services;
    }
}
