using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace ReviewBot.Slack.Api;

public static class SlackApiRegistration
{
    /// <summary>
    /// Binds <see cref="SlackOptions"/> from <c>Slack</c> (checked at start-up) and <see cref="SlackApiResilienceOptions"/>
    /// from <c>Slack:Resilience</c>, and registers <see cref="SlackApiClient"/> as a typed HttpClient with
    /// the standard resilience handler.
    /// </summary>
    public static IServiceCollection AddSlackApi(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>()
            .BindConfiguration(SlackOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.AddOptions<SlackApiResilienceOptions>()
            .BindConfiguration(SlackApiResilienceOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient<SlackApiClient>((provider, http) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl.ToString();
                // Relative method names resolve against the last '/', so ".../api" would lose "api".
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                // The resilience pipeline owns timeouts; HttpClient's own 100 s would cut a long Retry-After short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // IHttpClientFactory's trace logging prints "Authorization: *" but hands structured sinks the
            // raw header values, bearer token included; our own log lines replace it.
            .RemoveAllLoggers()
            .AddStandardResilienceHandler()
            .Configure((standard, provider) =>
            {
                var settings = provider.GetRequiredService<IOptions<SlackApiResilienceOptions>>().Value;
                // Retries cover 429 (waiting for Retry-After), 408, 5xx, network errors and attempt timeouts.
                standard.Retry.MaxRetryAttempts = settings.MaxRetryAttempts;
                standard.Retry.Delay = settings.BaseDelay;
                standard.Retry.MaxDelay = settings.MaxDelay;
                standard.Retry.ShouldRetryAfterHeader = true;
                standard.AttemptTimeout.Timeout = settings.AttemptTimeout;
                standard.TotalRequestTimeout.Timeout = settings.TotalTimeout;
                // The standard options insist on a sampling window of at least two attempts.
                var sampling = settings.AttemptTimeout * 2;
                if (standard.CircuitBreaker.SamplingDuration < sampling)
                {
                    standard.CircuitBreaker.SamplingDuration = sampling;
                }
            });
        services.AddSlackRateLimits();

        return services;
    }
}
