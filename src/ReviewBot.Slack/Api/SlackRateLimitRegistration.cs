using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace ReviewBot.Slack.Api;

public static class SlackRateLimitRegistration
{
    /// <summary>
    /// One <see cref="SlackRateLimiter"/> for the process, bound from <c>Slack:RateLimits</c>, and its two handlers
    /// on <see cref="SlackApiClient"/>: the pacing one outermost (placed first whatever was registered before it,
    /// so it waits outside the resilience pipeline) and the 429 observer innermost. Call after the client's own
    /// registration.
    /// </summary>
    public static IServiceCollection AddSlackRateLimits(this IServiceCollection services)
    {
        services.AddOptions<SlackRateLimitOptions>()
            .BindConfiguration(SlackRateLimitOptions.Section)
            .Validate(
                limits => limits.CallsPerMinute.Values.All(perMinute => perMinute >= 0) && limits.PostsPerChannelPerSecond >= 0,
                $"{SlackRateLimitOptions.Section}: a rate cannot be negative (0 means not paced).")
            .Validate(
                limits => limits.HeadroomPercent is >= 0 and < 50,
                $"{SlackRateLimitOptions.Section}:HeadroomPercent must be from 0 to 49.")
            .ValidateOnStart();
        // Slack counts its limits in real seconds, so the turns do too: a host or test running on a simulated
        // clock must not stall its calls on a wait that clock never lets pass.
        services.TryAddSingleton(provider => new SlackRateLimiter(
            provider.GetRequiredService<IOptions<SlackRateLimitOptions>>().Value, TimeProvider.System));
        services.TryAddTransient<SlackRateLimitHandler>();
        services.TryAddTransient<SlackRetryAfterObserver>();
        services.AddOptions<HttpClientFactoryOptions>(typeof(SlackApiClient).Name)
            .Configure(factory => factory.HttpMessageHandlerBuilderActions.Add(handlers =>
            {
                handlers.AdditionalHandlers.Insert(0, handlers.Services.GetRequiredService<SlackRateLimitHandler>());
                handlers.AdditionalHandlers.Add(handlers.Services.GetRequiredService<SlackRetryAfterObserver>());
            }));
        return services;
    }
}
