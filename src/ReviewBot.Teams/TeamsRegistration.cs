using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Teams.Auth;
using ReviewBot.Teams.Connector;
using ReviewBot.Teams.Handlers;

namespace ReviewBot.Teams;

public static class TeamsRegistration
{
    /// <summary>True when the configuration turns Teams on (an app id is set).</summary>
    public static bool IsTeamsConfigured(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{TeamsOptions.Section}:{nameof(TeamsOptions.AppId)}"]);
    }

    /// <summary>The Teams adapter: token checks both ways, the connector client, the bot and proactive messages.</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddTeamsAuth();
        // Retries honour the connector's Retry-After on 429, and back off on 5xx only for calls a repeat cannot
        // double (ConnectorRetryRules); the default request logging would hand the bearer token to structured
        // log sinks, so it is off.
        services.AddHttpClient<ConnectorClient>().RemoveAllLoggers()
            .AddResilienceHandler("bot-connector", pipeline => ConnectorRetryRules.AddPipeline(pipeline));
        services.AddSingleton<TeamsWorkspaces>();
        services.AddSingleton<TeamsMembers>();
        services.AddTransient<TeamsReaders>();
        services.AddTransient<TeamsProfiles>();
        services.AddTransient<TeamsMessenger>();
        services.AddTransient<IChannelMessenger>(provider => provider.GetRequiredService<TeamsMessenger>());
        services.AddTransient<TeamsBot>();
        services.AddTransient<TeamsAdapter>();
        return services;
    }
}
