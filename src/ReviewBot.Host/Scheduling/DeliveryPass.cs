using Microsoft.Extensions.Options;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// One pass of the scheduler: asks the planner what every team is owed now, claims each delivery in the
/// database (so no other pass, retried job or host sends it too) and queues it, team by team; then queues again
/// what was claimed but never finished (the host stopped mid fan-out) or whose backoff has passed.
/// </summary>
public sealed partial class DeliveryPass(
    IWorkspaceDirectory workspaces,
    ITeamDirectory directory,
    IDeliverySchedule schedule,
    ILeaveCalendar leaveCalendar,
    TeamSnapshots snapshots,
    IDeliveryDispatcher dispatcher,
    TimeProvider time,
    IOptions<SchedulingOptions> options,
    ILogger<DeliveryPass> logger)
{
    /// <summary>
    /// How many of a team's deliveries are claimed before they are queued: a 10,000-member team's first prompts go
    /// out after its first part is claimed, not after all of it (a few seconds on SQLite).
    /// </summary>
    private const int ClaimsBeforeQueueing = 250;

    public Task<DeliveryPassResult> RunAsync(DeliveryScope scope, CancellationToken cancellationToken) =>
        RunAsync(scope, time.GetUtcNow(), cancellationToken);

    /// <param name="planAt">
    /// The instant to plan at: now for the tick, an operator's <c>run --now</c> instant otherwise. Which unfinished
    /// deliveries are free to send again is judged by the clock, whose leases other hosts read too.
    /// </param>
    public async Task<DeliveryPassResult> RunAsync(DeliveryScope scope, DateTimeOffset planAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var now = planAt;
        var rules = options.Value.Rules;
        var queued = new List<(string WorkspaceId, string Key)>();
        // A fan-out's thousands of keys: looked up in a set, not searched in the list, when the pending are added.
        var seen = new HashSet<(string WorkspaceId, string Key)>();
        var teamsSeen = 0;

        foreach (var workspace in await workspaces.EnabledAsync(cancellationToken))
        {
            var leaves = await leaveCalendar.WorkspaceLeavesAsync(workspace.Id, cancellationToken);
            foreach (var team in await directory.ListTeamsAsync(workspace.Id, cancellationToken))
            {
                if (!scope.Includes(team))
                {
                    continue;
                }

                teamsSeen++;
                try
                {
                    var due = DeliveryPlanner.Due(await snapshots.LoadAsync(team, leaves, now, cancellationToken), now, rules)
                        .Where(d => scope.Includes(d.Kind));
                    // Claimed a part at a time in the planner's order (earliest due first), each part queued as soon as it
                    // is claimed: the first prompts go out while the rest of the team and the other teams are still being
                    // claimed, rather than after the whole team is. Each part's transaction takes its keys in key order, so
                    // two hosts claiming one team still never deadlock.
                    foreach (var part in due.Chunk(ClaimsBeforeQueueing))
                    {
                        foreach (var delivery in await schedule.TryClaimAllAsync(part, cancellationToken))
                        {
                            if (seen.Add((delivery.WorkspaceId, delivery.Key)))
                            {
                                queued.Add((delivery.WorkspaceId, delivery.Key));
                                await dispatcher.DispatchAsync(delivery.WorkspaceId, delivery.Key, cancellationToken);
                            }
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // A team that cannot be planned (an unknown zone, a broken row) must not stop the others;
                    // what it claimed before the failure is still sent below.
                    LogTeamNotPlanned(logger, e, team.Id);
                }
            }
        }

        var claimed = queued.Count;
        foreach (var pending in await schedule.PendingAsync(time.GetUtcNow(), cancellationToken))
        {
            if (scope.Includes(pending.Kind) && !seen.Contains((pending.WorkspaceId, pending.DeliveryKey))
                && (scope.Team is null || await directory.FindTeamAsync(pending.WorkspaceId, pending.TeamId, cancellationToken) is { } team && scope.Includes(team)))
            {
                seen.Add((pending.WorkspaceId, pending.DeliveryKey));
                queued.Add((pending.WorkspaceId, pending.DeliveryKey));
                await dispatcher.DispatchAsync(pending.WorkspaceId, pending.DeliveryKey, cancellationToken);
            }
        }

        if (queued.Count > 0)
        {
            LogPass(logger, claimed, queued.Count - claimed, teamsSeen);
        }

        return new DeliveryPassResult(teamsSeen, claimed, queued.Count - claimed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler queued {Claimed} new and {Resumed} unfinished deliveries over {Teams} teams")]
    private static partial void LogPass(ILogger logger, int claimed, int resumed, int teams);

    [LoggerMessage(Level = LogLevel.Error, Message = "Team {TeamId} was not planned in this pass")]
    private static partial void LogTeamNotPlanned(ILogger logger, Exception exception, string teamId);
}

/// <summary>What a pass did: teams looked at, deliveries newly claimed, unfinished ones queued again.</summary>
public sealed record DeliveryPassResult(int Teams, int Claimed, int Resumed);
