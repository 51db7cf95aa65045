using System.Runtime.CompilerServices;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Streams;
using ReviewBot.Host.Hosting;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>Hangfire's tables, beside ReviewBot's in the same PostgreSQL database.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>
    /// The planner's passes and the sender, plus Hangfire: over in-memory job storage on SQLite, one host;
    /// over PostgreSQL (schema <see cref="HangfireSchema"/> of the bot's database) with
    /// <c>Storage:Provider=Postgres</c>, so that every host shares one queue and one recurring tick. Either
    /// way the database, not Hangfire, remembers what was sent, so losing the job storage loses nothing.
    /// Register after the database migrator, so the first tick finds the schema in place.
    /// </summary>
    public static IHostApplicationBuilder AddReviewBotScheduling(this IHostApplicationBuilder builder)
    {
        builder.AddDeliveryPlanning();
        builder.Services.AddTransient<DeliveryJobs>();
        builder.Services.AddTransient<IDeliveryDispatcher, HangfireDeliveryDispatcher>();

        builder.Services.AddHangfire((services, configuration) => configuration
            .UseLogProvider(new HangfireLogs(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseJobStorage(builder.Configuration));
        if (builder.Configuration.GetSection(SchedulingOptions.Section).GetValue(nameof(SchedulingOptions.Enabled), true))
        {
            var workers = builder.Configuration.GetSection(SchedulingOptions.Section).GetValue(nameof(SchedulingOptions.Workers), new SchedulingOptions().Workers);
            // Nothing a request waits for: started once the host listens, so /healthz does not wait on them.
            builder.Services.StartOnceListening(services => services.AddHangfireServer(server => server.WorkerCount = workers));
            builder.Services.StartOnceListening(services => services.AddHostedService<RecurringTick>());
        }

        return builder;
    }

    private static IGlobalConfiguration UseJobStorage(this IGlobalConfiguration configuration, IConfiguration settings)
    {
        var provider = settings.GetSection(StorageOptions.Section).GetValue(nameof(StorageOptions.Provider), "Sqlite");
        if (!string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return configuration.UseInMemoryStorage();
        }

        return configuration.UsePostgresJobStorage(settings);
    }

    // Its own method, never inlined: compiling it loads Hangfire.PostgreSql, which a SQLite host never needs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IGlobalConfiguration UsePostgresJobStorage(this IGlobalConfiguration configuration, IConfiguration settings)
    {
        var lease = TimeSpan.FromSeconds(settings.GetSection(SchedulingOptions.Section).GetValue(nameof(SchedulingOptions.LeaseSeconds), SchedulingOptions.DefaultLeaseSeconds));
        return configuration.UsePostgreSqlStorage(
            storage => storage.UseNpgsqlConnection(settings.GetConnectionString(StorageOptions.ConnectionStringName) ?? ""),
            new PostgreSqlStorageOptions
            {
                SchemaName = HangfireSchema,
                PrepareSchemaIfNecessary = true,
                // A job whose host died mid-send comes back to the queue for another host once the
                // delivery's lease could have run out (a lease is renewed by a live attempt, so it lapses at most
                // one lease after the host died); while its host lives, the fetch is kept fresh.
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = lease + lease / 2,
                // A lock left by a host that died holding it (the recurring scheduler's, the tick's) is free again
                // after this, so the survivors' ticks go on; the locks a live host takes last far less.
                DistributedLockTimeout = TimeSpan.FromSeconds(30),
                // Jobs queued by one host start on any other within about a second.
                QueuePollInterval = TimeSpan.FromSeconds(1),
            });
    }

    /// <summary>Planning and sending without Hangfire: what an operator's <c>run</c> uses with its own dispatcher.</summary>
    public static IHostApplicationBuilder AddDeliveryPlanning(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        builder.Services.AddOptions<SchedulingOptions>().Bind(builder.Configuration.GetSection(SchedulingOptions.Section)).ValidateOnStart();
        // The streams are part of the store the engine uses; TryAdd leaves a registration the storage ports make alone.
        builder.Services.TryAddSingleton<ILiveStreams>(provider => provider.GetRequiredService<IReviewStore>());
        builder.Services.TryAddSingleton<ITeamPlans>(provider => provider.GetRequiredService<IReviewStore>());
        builder.Services.AddSingleton<TeamSnapshots>();
        builder.Services.AddTransient<KeyResultsMissingNotice>();
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
