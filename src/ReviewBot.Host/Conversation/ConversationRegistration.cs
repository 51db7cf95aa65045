using ReviewBot.Core.Conversation;
using ReviewBot.Core.Reviews;
using ReviewBot.Reports;
using ReviewBot.Storage;

namespace ReviewBot.Host.Conversation;

public static class ConversationRegistration
{
    /// <summary>
    /// The channel-neutral engine over SQL storage, shared by every adapter (Slack, Teams, playground).
    /// Singletons: the engine and the store hold no per-turn state; each store call opens its own session.
    /// </summary>
    public static IHostApplicationBuilder AddReviewBotConversation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IReviewStore, ReviewStore>();
        // Charts and exports: stateless, and drawing is safe from several threads at once.
        builder.Services.AddSingleton<IReviewDocuments, ReviewDocuments>();
        builder.Services.AddSingleton<ConversationEngine>();
        return builder;
    }
}
