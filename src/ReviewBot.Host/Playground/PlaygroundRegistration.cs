using ReviewBot.Core.Conversation;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Playground;

public static class PlaygroundRegistration
{
    /// <summary>Playground options (checked at start-up), the page's text in its languages and the demo team loader.</summary>
    public static IHostApplicationBuilder AddReviewBotPlayground(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Binding runs at start-up, so "Playground:Enabled=maybe" stops the host with the setting's name.
        builder.Services.AddOptions<PlaygroundOptions>()
            .BindConfiguration(PlaygroundOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ChatPlatformConfigured = !string.IsNullOrWhiteSpace(configuration["Slack:SigningSecret"])
                    || !string.IsNullOrWhiteSpace(configuration["Slack:AppToken"])
                    || !string.IsNullOrWhiteSpace(configuration["Teams:AppId"]))
            .ValidateOnStart();
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<PlaygroundPageText>();
        builder.Services.AddSingleton<DemoTeam>();
        builder.Services.AddSingleton<PlaygroundInbox>();
        builder.Services.AddTransient<IChannelMessenger, PlaygroundMessenger>();
        return builder;
    }
}
