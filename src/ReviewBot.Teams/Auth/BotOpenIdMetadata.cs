using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ReviewBot.Teams.Auth;

/// <summary>
/// One <see cref="ConfigurationManager{T}"/> per metadata URL, as Bot Builder caches them: the keys are
/// fetched once and refreshed by the manager itself (every 12 hours, in the background).
/// </summary>
/// <remarks>
/// A token whose <c>kid</c> is not in the cached keys forces one refetch, awaited, so a key the Bot Connector
/// has just rotated in is accepted on its first token. <see cref="ConfigurationManager{T}.RequestRefresh"/>
/// does not do this: it refreshes on a background task and the caller still sees the old keys. So the forced
/// refetch replaces the manager with a new one, whose first fetch is awaited. Forced refetches are spaced by
/// <see cref="ForcedRefreshInterval"/>, so tokens with made-up key ids cannot make us hammer the provider.
/// </remarks>
internal sealed class BotOpenIdMetadata(IHttpClientFactory httpClientFactory, TimeProvider time)
{
    internal static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Source> sources = new(StringComparer.Ordinal);
    private readonly BotMetadataDocumentRetriever retriever = new(httpClientFactory);

    public Task<OpenIdConnectConfiguration> GetAsync(Uri metadataUrl, CancellationToken cancellationToken) =>
        SourceFor(metadataUrl).Manager.GetConfigurationAsync(cancellationToken);

    /// <summary>Fetches the keys again unless someone just did; returns whatever is current afterwards.</summary>
    public async Task<OpenIdConnectConfiguration> RefreshAsync(Uri metadataUrl, OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        var source = SourceFor(metadataUrl);
        await source.Gate.WaitAsync(cancellationToken);
        try
        {
            var current = await source.Manager.GetConfigurationAsync(cancellationToken);
            var now = time.GetUtcNow();
            if (!ReferenceEquals(current, stale) || now - source.LastForcedRefresh < ForcedRefreshInterval)
            {
                return current;
            }

            source.LastForcedRefresh = now;
            var fresh = NewManager(metadataUrl);
            // If this throws, the old manager stays: stale keys are better than none.
            var configuration = await fresh.GetConfigurationAsync(cancellationToken);
            source.Manager = fresh;
            return configuration;
        }
        finally
        {
            source.Gate.Release();
        }
    }

    private Source SourceFor(Uri metadataUrl) =>
        sources.GetOrAdd(metadataUrl.AbsoluteUri, _ => new Source(NewManager(metadataUrl)));

    private ConfigurationManager<OpenIdConnectConfiguration> NewManager(Uri metadataUrl) =>
        new(metadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);

    private sealed class Source(ConfigurationManager<OpenIdConnectConfiguration> manager)
    {
        private ConfigurationManager<OpenIdConnectConfiguration> manager = manager;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ConfigurationManager<OpenIdConnectConfiguration> Manager
        {
            get => Volatile.Read(ref manager);
            set => Volatile.Write(ref manager, value);
        }

        public DateTimeOffset LastForcedRefresh { get; set; } = DateTimeOffset.MinValue;
    }
}
