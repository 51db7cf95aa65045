using System.Net;
using Hangfire.Dashboard;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// Lets the dashboard answer requests from this machine only. Behind a reverse proxy on the same machine every
/// request looks local, so such a host should keep the dashboard's path off the proxy.
/// </summary>
public sealed class LocalRequestsOnly : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsLocal(context.GetHttpContext().Connection);
    }

    public static bool IsLocal(ConnectionInfo connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.RemoteIpAddress is { } remote
            && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));
    }
}
