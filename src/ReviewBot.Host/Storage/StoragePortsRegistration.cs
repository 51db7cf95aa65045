using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;
using ReviewBot.Storage;

namespace ReviewBot.Host.Storage;

public static class StoragePortsRegistration
{
    /// <summary>
    /// Core's storage ports over the database <see cref="StorageRegistration.AddReviewBotStorage"/> registers.
    /// Singletons: each call opens its own session. One <see cref="ReviewStore"/> serves the engine's composite
    /// port and each of its parts, so that code taking one part reads what the engine writes.
    /// </summary>
    public static IHostApplicationBuilder AddReviewBotStoragePorts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton<ReviewStore>();
        services.TryAddSingleton<IReviewStore>(provider => provider.GetRequiredService<ReviewStore>());
        services.TryAddSingleton<ITeamDirectory>(provider => provider.GetRequiredService<ReviewStore>());
        services.TryAddSingleton<ITeamOkrs>(provider => provider.GetRequiredService<ReviewStore>());
        services.TryAddSingleton<ICheckInRecords>(provider => provider.GetRequiredService<ReviewStore>());
        services.TryAddSingleton<IDialogStates>(provider => provider.GetRequiredService<ReviewStore>());
        services.TryAddSingleton<ILeaveCalendar>(provider => provider.GetRequiredService<ReviewStore>());
        services.TryAddSingleton<IDeliveryProblems>(provider => provider.GetRequiredService<ReviewStore>());

        services.TryAddSingleton<IWorkspaceDirectory, WorkspaceDirectory>();
        services.TryAddSingleton<IMemberAccounts, MemberAccounts>();
        services.TryAddSingleton<InboundEventLedger>();
        services.TryAddSingleton<IInboundEventLedger>(provider => provider.GetRequiredService<InboundEventLedger>());
        services.TryAddSingleton<InboundWorkBacklog>();
        services.TryAddSingleton<IInboundWorkBacklog>(provider => provider.GetRequiredService<InboundWorkBacklog>());
        services.TryAddSingleton<ITeamsConversationReferences, TeamsConversationReferences>();
        services.TryAddSingleton<IDirectChannels, DirectChannels>();
        services.TryAddSingleton<SlackInstallations>();
        services.TryAddSingleton<ISlackInstallations>(provider => provider.GetRequiredService<SlackInstallations>());
        services.TryAddSingleton<IDeliverySchedule, DeliverySchedule>();
        return builder;
    }
}
