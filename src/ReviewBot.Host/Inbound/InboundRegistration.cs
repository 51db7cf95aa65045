using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Inbound;

public static class InboundRegistration
{
    /// <summary>The periodic pruning of event keys and finished inbound work, with its validated retention settings.</summary>
    public static IHostApplicationBuilder AddReviewBotInboundRetention(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<InboundOptions>, InboundOptionsValidator>();
        builder.Services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<InboundRetention>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<InboundRetention>());
        return builder;
    }
}
