using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace ReviewBot.Slack.Api;

public static class SlackApiRegistration
{
    /// <summary>
    /// Binds <see cref="SlackOptions"/> from <c>Slack</c> (checked at start-up) and <see cref="SlackApiResilienceOptions"/>
    /// from <c>Slack:Resilience</c>, and registers <see cref="SlackApiClient"/> as a typed HttpClient with
    /// a resilience pipeline that never sends a message twice (<see cref="AddPipeline"/>).
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
            .AddResilienceHandler("slack-web-api", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<SlackApiResilienceOptions>>().Value;
                AddPipeline(pipeline, settings, createsMessage: null);
            });
        services.AddSlackRateLimits();

        return services;
    }

    /// <summary>
    /// The whole call's timeout, then retries as <see cref="SlackRetryRules"/> allow (a message-creating call
    /// only after a 429 or a connection never made), then each attempt's timeout. There is deliberately no
    /// circuit breaker: one breaker per client is shared by every member and workspace, so a burst of 5xx for
    /// one member's channel would open it and refuse everyone else's messages for its break time. Slack's own
    /// limits arrive as 429 with Retry-After, which the retry honours, and an outage is paced by the
    /// scheduler's per-delivery backoff.
    /// </summary>
    /// <param name="createsMessage">True when every call of the client creates a message; null to tell by the method.</param>
    public static void AddPipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, SlackApiResilienceOptions settings, bool? createsMessage)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(settings);
        pipeline
            .AddTimeout(settings.TotalTimeout)
            .AddRetry(SlackRetryRules.Strategy(settings, createsMessage))
            .AddTimeout(settings.AttemptTimeout);
    }
}
