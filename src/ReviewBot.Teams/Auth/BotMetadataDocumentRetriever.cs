using Microsoft.IdentityModel.Protocols;

namespace ReviewBot.Teams.Auth;

/// <summary>
/// Fetches the OpenID document and the JWKS for <see cref="ConfigurationManager{T}"/> through
/// IHttpClientFactory (so handlers rotate and tests can swap them). HTTPS is required except on loopback,
/// where the test fakes live: a key set fetched over plain HTTP from anywhere else could be forged in transit.
/// </summary>
internal sealed class BotMetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !IsAllowed(uri))
        {
            throw new InvalidOperationException($"OpenID metadata must come from an https URL (http only on loopback), not '{address}'.");
        }

        using var http = httpClientFactory.CreateClient(BotTokenValidator.MetadataHttpClientName);
        using var response = await http.GetAsync(uri, cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{uri} answered HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        return await response.Content.ReadAsStringAsync(cancel);
    }

    internal static bool IsAllowed(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
