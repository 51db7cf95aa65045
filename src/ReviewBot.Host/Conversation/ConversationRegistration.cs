using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Reviews;
using ReviewBot.Host.Options;
using ReviewBot.Reports;

namespace ReviewBot.Host.Conversation;

public static class ConversationRegistration
{
    /// <summary>
    /// The channel-neutral engine over the storage ports (<c>AddReviewBotStoragePorts</c>), shared by every
    /// adapter (Slack, Teams, playground). Singletons: the engine holds no per-turn state.
    /// </summary>
    public static IHostApplicationBuilder AddReviewBotConversation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Charts and exports: stateless, and drawing is safe from several threads at once.
        builder.Services.AddSingleton<IReviewDocuments, ReviewDocuments>();
        builder.Services.AddSingleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>();
        builder.Services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton(provider => new ConversationEngine(
            provider.GetRequiredService<IReviewStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IReviewReports>(),
            provider.GetService<IReviewDocuments>(),
            provider.GetRequiredService<IOptions<ConversationOptions>>().Value.Remind));
        return builder;
    }
}
