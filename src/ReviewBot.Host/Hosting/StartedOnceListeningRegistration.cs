namespace ReviewBot.Host.Hosting;

public static class StartedOnceListeningRegistration
{
    /// <summary>
    /// Runs <paramref name="register"/> and has every hosted service it adds started once the host listens
    /// (see <see cref="StartedOnceListening"/>); what it registers besides hosted services is left as it is.
    /// </summary>
    public static IServiceCollection StartOnceListening(this IServiceCollection services, Action<IServiceCollection> register)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(register);
        var before = services.Count;
        register(services);
        for (var i = before; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(IHostedService) || descriptor.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Singleton<IHostedService>(provider => new StartedOnceListening(
                Create(provider, descriptor),
                provider.GetRequiredService<IHostApplicationLifetime>(),
                provider.GetRequiredService<ILogger<StartedOnceListening>>()));
        }

        return services;
    }

    private static IHostedService Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IHostedService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
