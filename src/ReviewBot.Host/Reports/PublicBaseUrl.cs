using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Reports;

/// <summary>What report links start with: <c>Reports:PublicBaseUrl</c>, or else the address the host listens on.</summary>
internal sealed class PublicBaseUrl(IOptions<ReportsOptions> options, IServer server)
{
    private static readonly Uri Fallback = new("http://localhost:5000/");

    public Uri Get()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return new Uri(options.Value.PublicBaseUrl, UriKind.Absolute);
        }

        // Asked when a link is made, not at start-up: only then does Kestrel know a port chosen for it (":0").
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return Fallback;
        }

        // "http://+:5000", "http://*:5000" and "http://0.0.0.0:5000" listen everywhere; a link needs a name.
        var normalized = address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(normalized, UriKind.Absolute, out var url) ? url : Fallback;
    }
}
