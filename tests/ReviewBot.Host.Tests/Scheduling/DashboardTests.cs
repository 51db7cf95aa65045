using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Host.Conversation;
using ReviewBot.Host.Scheduling;
using ReviewBot.Host.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Scheduling;

public class DashboardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_host_serves_the_hangfire_dashboard_to_a_request_from_this_machine_with_the_recurring_tick_registered()
    {
        using var folder = new TemporaryFolder();
        var builder = WebApplication.CreateBuilder(["--Storage:DataFolder", folder.FullPath]);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.AddReviewBotStorage();
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.AddReviewBotConversation();
        builder.AddReviewBotScheduling();
        await using var app = builder.Build();
        app.MapReviewBotScheduling();
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        // The tick is registered once the host listens, so the page may come before it.
        var registered = await Poll.UntilAsync(
            async () =>
            {
                var page = await client.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative), Ct);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                return (await page.Content.ReadAsStringAsync(Ct)).Contains(DeliveryJobs.TickJobId, StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(10),
            Ct);

        Assert.True(registered, "the recurring tick never showed on the dashboard");
        await app.StopAsync(Ct);
    }

    [Fact]
    public async Task A_request_from_elsewhere_is_refused_the_dashboard()
    {
        using var folder = new TemporaryFolder();
        // The test server's requests come from no address at all, like a request the host cannot place.
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:DataFolder", folder.FullPath)
            .UseSetting("Scheduling:Enabled", "false"));
        using var client = host.CreateClient();

        var page = await client.GetAsync(new Uri("/hangfire", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("::1", "::1", true)]
    [InlineData("::ffff:127.0.0.1", "::ffff:127.0.0.1", true)]
    [InlineData("10.1.2.3", "10.1.2.3", true)]
    [InlineData("203.0.113.9", "10.1.2.3", false)]
    [InlineData(null, "10.1.2.3", false)]
    public void Only_requests_from_this_machine_count_as_local(string? remote, string local, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remote is null ? null : IPAddress.Parse(remote);
        context.Connection.LocalIpAddress = IPAddress.Parse(local);

        Assert.Equal(expected, LocalRequestsOnly.IsLocal(context.Connection));
    }
}
