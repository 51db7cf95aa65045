using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Import;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

public class SlackProfileTests
{
    private const string AndysZoneAndLocale = "    timeZone: America/New_York\n    locale: en-US\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_imported_without_time_zone_or_locale_gets_them_from_slack_on_first_contact()
    {
        await using var host = await SlackHost.StartAsync(Ct, yaml => yaml.Replace(AndysZoneAndLocale, "", StringComparison.Ordinal));
        host.Slack.AddUser(new FakeSlackUser("U0ANDY", "andy", Tz: "America/Los_Angeles", TzOffset: -28800, Locale: "en-GB"));
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var before = (await store.MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Slack, "U0ANDY", Ct)).Single();
        Assert.Equal(("Asia/Shanghai", "en-US", true), (before.TimeZoneId, before.Locale, before.ProfileFromChat));

        await host.CommandAsync("U0ANDY", "me", Ct);
        await host.WaitForCallsAsync("users.info", 1, Ct);

        var after = before;
        await Poll.UntilAsync(
            async () =>
            {
                after = (await store.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Slack, "U0ANDY", Ct)).Single();
                return !after.ProfileFromChat;
            },
            TimeSpan.FromSeconds(30),
            Ct);

        Assert.Equal(("America/Los_Angeles", "en-GB", false), (after.TimeZoneId, after.Locale, after.ProfileFromChat));

        // Importing the file again keeps what Slack filled in.
        var yaml = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "export-sales.yaml"), Ct))
            .Replace("  platform: playground", "  platform: slack", StringComparison.Ordinal)
            .Replace("  id: demo", $"  id: {FakeSlackServer.TeamId}", StringComparison.Ordinal)
            .Replace(AndysZoneAndLocale, "", StringComparison.Ordinal);
        var summary = await new OkrImporter(host.Services.GetRequiredService<Database>()).ImportAsync(OkrFileReader.Read(yaml).File!, dryRun: false, Ct);
        Assert.False(summary.ChangedAnything);
        Assert.Equal("America/Los_Angeles", (await store.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Slack, "U0ANDY", Ct)).Single().TimeZoneId);
    }

    [Fact]
    public async Task A_member_already_with_a_time_zone_is_not_looked_up()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        await host.CommandAsync("U0ANDY", "me", Ct);
        await host.CommandAsync("U0MEILIN", "week", Ct);
        await host.WaitForIdleAsync(Ct);

        Assert.Empty(host.Slack.CallsTo("users.info"));
    }
}
