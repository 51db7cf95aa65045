using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Api;
using ReviewBot.Slack.Handlers;
using ReviewBot.Slack.Handlers.Commands;
using ReviewBot.Slack.Handlers.Events;
using ReviewBot.Slack.Handlers.Inbound;
using ReviewBot.Slack.Handlers.Interactions;
using ReviewBot.Slack.OAuth;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack;

public static class SlackRegistration
{
    /// <summary>True when the configuration turns Slack on (a signing secret, a bot token or an app-level token is set).</summary>
    public static bool IsSlackConfigured(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var slack = configuration.GetSection(SlackOptions.Section);
        return !string.IsNullOrWhiteSpace(slack[nameof(SlackOptions.SigningSecret)]) || !string.IsNullOrWhiteSpace(slack[nameof(SlackOptions.BotToken)])
            || !string.IsNullOrWhiteSpace(slack[nameof(SlackOptions.AppToken)]);
    }

    /// <summary>The Slack adapter: Web API client, request verification, the router with a handler per payload type, and their background work.</summary>
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddSlackApi();
        // A response_url is itself a credential (anyone holding it can post for 30 minutes): never logged. Every
        // post to it creates a message, so it is retried only where Slack cannot have posted it.
        services.AddHttpClient(SlackResponder.ResponseUrlClient).RemoveAllLoggers()
            .AddResilienceHandler("slack-response-url", (pipeline, context) => SlackApiRegistration.AddPipeline(
                pipeline, context.ServiceProvider.GetRequiredService<IOptions<SlackApiResilienceOptions>>().Value, createsMessage: true));
        services.AddSingleton<SlackRequestVerifier>();
        services.AddSingleton<SlackWorkspaces>();
        services.AddSlackOAuth();
        // The typed Web API client is transient (its handlers rotate), so what holds it is too.
        services.AddTransient<SlackResponder>();
        services.AddTransient<SlackProfiles>();
        services.AddTransient<SlackWorkspaceGate>();
        services.AddTransient<SlackReplyDelivery>();
        services.AddTransient<SlackModalOpener>();
        services.AddTransient<SlackReaders>();
        services.AddTransient<SlackRouter>();
        services.AddSlackHandler<SlashCommand, SlashCommandHandler>();
        services.AddSlackHandler<BlockActions, BlockActionsHandler>();
        services.AddSlackHandler<ViewSubmission, ViewSubmissionHandler>();
        services.AddSlackHandler<UrlVerification, UrlVerificationHandler>();
        services.AddSlackHandler<DirectMessageEvent, DirectMessageHandler>();
        services.AddSlackHandler<AppHomeOpenedEvent, AppHomeOpenedHandler>();
        // The kinds of inbound work as stored: fixed names, so renaming a type leaves stored rows readable.
        services.AddSlackFollowUp<SlashCommand, SlashCommandHandler>("slack.command");
        services.AddSlackFollowUp<BlockActions, BlockActionsHandler>("slack.block_actions");
        services.AddSlackFollowUp<ViewSubmission, ViewSubmissionHandler>("slack.view_submission");
        services.AddSlackFollowUp<DirectMessageEvent, DirectMessageHandler>("slack.direct_message");
        services.AddSlackFollowUp<AppHomeOpenedEvent, AppHomeOpenedHandler>("slack.app_home_opened");
        services.AddTransient<SlackInboundWork>();
        services.AddSingleton<SlackInboundWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<SlackInboundWorker>());
        services.AddSlackHandler<AppAccessEndedEvent, AppAccessEndedHandler>();
        services.AddTransient<SlackMessenger>();
        services.AddTransient<IChannelMessenger>(provider => provider.GetRequiredService<SlackMessenger>());
        services.AddSingleton<SlackBackgroundWork>();
        services.AddHostedService(provider => provider.GetRequiredService<SlackBackgroundWork>());
        services.AddHostedService<SlackStartupCheck>();
        return services;
    }

    /// <summary>Names a payload type's stored inbound work and the follow-up that finishes it (see <see cref="SlackInboundWorker"/>).</summary>
    public static IServiceCollection AddSlackFollowUp<TPayload, THandler>(this IServiceCollection services, string kind)
        where TPayload : SlackPayload
        where THandler : class, ISlackFollowUp<TPayload>
    {
        services.AddSingleton(SlackFollowUpRoute.For<TPayload, THandler>(kind));
        return services;
    }

    /// <summary>Routes payloads of one type to a handler, resolved per payload (see <see cref="SlackRouter"/>).</summary>
    public static IServiceCollection AddSlackHandler<TPayload, THandler>(this IServiceCollection services)
        where TPayload : SlackPayload
        where THandler : class, ISlackHandler<TPayload>
    {
        services.AddTransient<THandler>();
        services.AddSingleton(SlackRoute.For<TPayload, THandler>());
        return services;
    }
}
