using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scheduling;

/// <summary>What managers are told about scheduled messages that did not arrive. Scoped to one workspace's team.</summary>
public interface IDeliveryProblems
{
    /// <summary>The team's scheduled messages of the quarter that did not arrive: given up on, or failed and waiting to be retried.</summary>
    Task<IReadOnlyList<DeliveryProblem>> DeliveryProblemsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);
}
