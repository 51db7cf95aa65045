using Microsoft.Extensions.DependencyInjection.Extensions;
using Hangfire;
using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>
    /// The planner's passes and the sender, plus Hangfire over in-memory job storage: the database, not
    /// Hangfire, remembers what was sent, so losing the job storage on a restart loses nothing.
    /// Register after the database migrator, so the first tick finds the schema in place.
    /// </summary>
    public static IHostApplicationBuilder AddReviewBotScheduling(this IHostApplicationBuilder builder)
    {
        builder.AddDeliveryPlanning();
        builder.Services.AddTransient<DeliveryJobs>();
        builder.Services.AddTransient<IDeliveryDispatcher, HangfireDeliveryDispatcher>();

        builder.Services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage());
        if (builder.Configuration.GetSection(SchedulingOptions.Section).GetValue(nameof(SchedulingOptions.Enabled), true))
        {
            builder.Services.AddHangfireServer(server => server.WorkerCount = 4);
            builder.Services.AddHostedService<RecurringTick>();
        }

        return builder;
    }

    /// <summary>Planning and sending without Hangfire: what an operator's <c>run</c> uses with its own dispatcher.</summary>
    public static IHostApplicationBuilder AddDeliveryPlanning(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        builder.Services.AddOptions<SchedulingOptions>().Bind(builder.Configuration.GetSection(SchedulingOptions.Section)).ValidateOnStart();
        builder.Services.TryAddSingleton(provider => new LeaseClock(provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<TeamSnapshots>();
        builder.Services.AddTransient<DeliverySender>();
        builder.Services.AddTransient<DeliveryPass>();
        return builder;
    }

    /// <summary>The Hangfire dashboard at <c>/hangfire</c>, for local requests unless configured otherwise.</summary>
    public static WebApplication MapReviewBotScheduling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [options.DashboardAllowRemote ? new AllowEveryone() : new LocalRequestsOnly()],
            DashboardTitle = "ReviewBot deliveries",
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
        return app;
    }
}
