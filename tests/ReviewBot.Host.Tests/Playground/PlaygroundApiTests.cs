using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Host.Playground;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Playground;

public class PlaygroundApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WebApplicationFactory<Program> Host(TemporaryFolder folder, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", folder.FullPath);
            // The scheduler would send prompts of its own in the middle of these tests; its tests turn it on.
            builder.UseSetting("Scheduling:Enabled", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero)));
            });
        });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Serves_the_page_when_no_chat_platform_is_configured()
    {
        using var folder = new TemporaryFolder();
        await using var host = Host(folder);
        using var client = host.CreateClient();

        var page = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var script = await client.GetAsync(new Uri("/playground/playground.js", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>ReviewBot playground</title>", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task What_the_scheduler_sends_in_the_playground_waits_in_the_persons_inbox_and_a_reminder_rewrites_its_prompt()
    {
        using var folder = new TemporaryFolder();
        await using var host = Host(folder);
        using var client = host.CreateClient();
        var people = await (await client.PostAsync(new Uri("/playground/demo", UriKind.Relative), Json("{}"), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var andyId = people.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Andy Miller").GetProperty("id").GetString()!;
        var (store, engine, messenger) = (
            host.Services.GetRequiredService<ReviewBot.Core.Conversation.IReviewStore>(),
            host.Services.GetRequiredService<ReviewBot.Core.Conversation.ConversationEngine>(),
            host.Services.GetServices<ReviewBot.Core.Conversation.IChannelMessenger>().Single(m => m.Platform == ReviewBot.Core.Workspaces.ChatPlatform.Playground));
        var andy = (await store.MembersByChatIdentityAsync(await WorkspaceIdAsync(), ReviewBot.Core.Workspaces.ChatPlatform.Playground, andyId, Ct))[0];

        var prompt = await messenger.SendDirectAsync(andy, (await engine.CheckInPromptAsync(andy, Ct))!, deliveryKey: null, Ct);
        await messenger.PostToChannelAsync(andy.WorkspaceId, "#export-sales", new ReviewBot.Core.Conversation.MessageReply { Headline = "Quarter review" }, deliveryKey: null, Ct);
        var before = await InboxAsync(andyId);
        Assert.True(await messenger.UpdateDirectAsync(andy, prompt!, (await engine.ReminderAsync(andy, Ct))!, Ct));
        var after = await InboxAsync(andyId);
        var others = await InboxAsync("someone-else");

        var channel = await client.GetFromJsonAsync<JsonElement>(new Uri($"/playground/channel?memberId={andyId}", UriKind.Relative), Ct);

        // The channel post is in the team channel view, not in anyone's direct messages.
        Assert.Single(before);
        Assert.Equal(("Andy, time for your week 8 check-in", 1, false), (Headline(before[0]), before[0].GetProperty("version").GetInt32(), before[0].GetProperty("toChannel").GetBoolean()));
        Assert.Equal(2, after[0].GetProperty("version").GetInt32());
        Assert.StartsWith("Andy, your week 8 check-in is still open", Headline(after[0]), StringComparison.Ordinal);
        Assert.Empty(others);
        Assert.Equal(("Export Sales", "#export-sales"), (channel.GetProperty("team").GetString(), channel.GetProperty("channel").GetString()));
        Assert.Equal(["Quarter review"], channel.GetProperty("posts").EnumerateArray().Select(Headline));

        async Task<List<JsonElement>> InboxAsync(string memberId) =>
            [.. (await client.GetFromJsonAsync<JsonElement>(new Uri($"/playground/inbox?memberId={memberId}", UriKind.Relative), Ct)).GetProperty("items").EnumerateArray()];

        async Task<string> WorkspaceIdAsync()
        {
            await using var session = await host.Services.GetRequiredService<ReviewBot.Storage.Database>().OpenSessionAsync(Ct);
            return (await session.Workspaces.FindAsync(ReviewBot.Core.Workspaces.ChatPlatform.Playground, DemoTeam.WorkspaceExternalId, Ct))!.Id;
        }

        static string Headline(JsonElement item) => item.GetProperty("message").GetProperty("headline").GetString()!;
    }

    [Theory]
    [InlineData("Slack:SigningSecret", "x", null, HttpStatusCode.NotFound)]
    [InlineData("Teams:AppId", "x", null, HttpStatusCode.NotFound)]
    [InlineData("Slack:SigningSecret", "x", "true", HttpStatusCode.OK)]
    [InlineData("Storage:Provider", "Sqlite", "false", HttpStatusCode.NotFound)]
    public async Task Is_off_when_a_chat_platform_is_configured_unless_enabled(string key, string value, string? enabled, HttpStatusCode expected)
    {
        using var folder = new TemporaryFolder();
        var settings = new List<(string, string)> { (key, value) };
        await using var slack = await FakeSlackServer.StartAsync(cancellationToken: Ct);
        if (key == "Slack:SigningSecret")
        {
            // A configured Slack needs its bot token too; the fake answers the start-up auth.test.
            settings.Add(("Slack:BotToken", FakeSlackServer.DefaultBotToken));
            settings.Add(("Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString()));
        }

        if (key == "Teams:AppId")
        {
            settings.Add(("Teams:AppPassword", "not-a-real-secret"));
        }

        if (enabled is not null)
        {
            settings.Add(("Playground:Enabled", enabled));
        }

        await using var host = Host(folder, [.. settings]);
        using var client = host.CreateClient();

        Assert.Equal(expected, (await client.GetAsync(new Uri("/", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(expected, (await client.GetAsync(new Uri("/playground/people", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_setting_that_is_not_true_or_false_stops_start_up_naming_it()
    {
        using var folder = new TemporaryFolder();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = folder.FullPath, ["Playground:Enabled"] = "maybe" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddReviewBotPlayground();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(Ct));

        Assert.Contains("Playground:Enabled", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "The body is not a turn in JSON")]
    [InlineData("", "The body is not a turn in JSON")]
    [InlineData("{\"memberId\": 42}", "The body is not a turn in JSON")]
    [InlineData("{\"kind\": \"command\", \"text\": \"review help\"}", "memberId is missing")]
    [InlineData("{\"memberId\": \"nobody\", \"kind\": \"command\", \"text\": \"review help\"}", "Nobody with id 'nobody' is in the playground workspace")]
    [InlineData("{\"memberId\": \"nobody\", \"kind\": \"shout\", \"text\": \"hi\"}", "kind 'shout' is not a kind of turn")]
    [InlineData("{\"memberId\": \"nobody\", \"kind\": \"form\", \"values\": {}}", "formId is missing")]
    public async Task A_bad_turn_gets_400_with_a_message_saying_what_is_wrong(string body, string message)
    {
        using var folder = new TemporaryFolder();
        await using var host = Host(folder);
        using var client = host.CreateClient();
        await client.PostAsync(new Uri("/playground/demo", UriKind.Relative), null, Ct);

        var response = await client.PostAsync(new Uri("/playground/turn", UriKind.Relative), Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turn_goes_through_the_engine_and_comes_back_as_replies_with_a_kind()
    {
        using var folder = new TemporaryFolder();
        await using var host = Host(folder);
        using var client = host.CreateClient();
        var people = await (await client.PostAsync(new Uri("/playground/demo", UriKind.Relative), null, Ct)).Content.ReadFromJsonAsync<PlaygroundPeople>(Ct);
        var andy = people!.People.Single(p => p.Name == "Andy Miller");
        Assert.Equal(["Mei Lin", "Andy Miller", "Ben Weber", "Cindy Sharma"], people.People.Select(p => p.Name));
        Assert.Equal("manager", people.People[0].Role);

        var response = await client.PostAsync(new Uri("/playground/turn", UriKind.Relative), Json($$"""{"memberId": "{{andy.Id}}", "kind": "command", "text": "review checkin"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("replies")[0];
        Assert.Equal("form", reply.GetProperty("kind").GetString());
        Assert.StartsWith("checkin|weekly-checkin|2026-Q4|8|", reply.GetProperty("formId").GetString(), StringComparison.Ordinal);
        Assert.Equal("amount", reply.GetProperty("fields")[0].GetProperty("kind").GetString());
        Assert.Equal("USD", reply.GetProperty("fields")[0].GetProperty("unit").GetString());
    }
}
