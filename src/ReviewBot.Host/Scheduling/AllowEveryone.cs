using Hangfire.Dashboard;

namespace ReviewBot.Host.Scheduling;

/// <summary>The dashboard for remote requests too, when <c>Scheduling:DashboardAllowRemote</c> says so (behind the operator's own auth).</summary>
public sealed class AllowEveryone : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => true;
}
