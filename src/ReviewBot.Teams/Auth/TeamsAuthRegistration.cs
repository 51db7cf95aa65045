using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ReviewBot.Teams.Auth;

public static class TeamsAuthRegistration
{
    /// <summary>
    /// Binds <see cref="TeamsOptions"/> from <c>Teams</c> (checked at start-up) and registers
    /// <see cref="BotTokenValidator"/> for inbound tokens and <see cref="BotTokenProvider"/> for the bot's own.
    /// </summary>
    public static IServiceCollection AddTeamsAuth(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>()
            .BindConfiguration(TeamsOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // No retries here: the Bot Connector waits for our answer and retries the delivery itself, while a
        // failed fetch leaves the cached keys in use. A short timeout keeps a hung provider from holding requests.
        services.AddHttpClient(BotTokenValidator.MetadataHttpClientName, http =>
            {
                http.Timeout = TimeSpan.FromSeconds(10);
                http.MaxResponseContentBufferSize = 1024 * 1024;
            })
            .RemoveAllLoggers();

        services.AddHttpClient(BotTokenProvider.HttpClientName, http =>
            {
                // MSAL retries a 5xx or a throttled answer itself; a second retry layer would multiply its
                // attempts, so this client only bounds each request.
                http.Timeout = TimeSpan.FromSeconds(30);
                http.MaxResponseContentBufferSize = 1024 * 1024;
            })
            // IHttpClientFactory's own logging could hand structured sinks the request; ours never names the secret.
            .RemoveAllLoggers();

        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<BotTokenProvider>();
        return services;
    }
}
