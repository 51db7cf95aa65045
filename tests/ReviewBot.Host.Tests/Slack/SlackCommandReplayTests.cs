using System.Net.Http.Json;
using System.Net;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>A signed slash command can arrive more than once (a replay inside the signature window, a duplicate delivery); it is acted on once.</summary>
public class SlackCommandReplayTests
{
    private const string Mei = "U0MEILIN";
    private static readonly string[] NotCheckedIn = ["U0ANDY", "U0BEN", "U0CINDY"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task PostThreeTimesAsync(SlackHost host, string body)
    {
        var signedAt = host.Time.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.Client.SendAsync(host.Signed("/slack/commands", body, "application/x-www-form-urlencoded", signedAt), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Dictionary<string, int> NudgesPerMember(SlackHost host) =>
        NotCheckedIn.ToDictionary(member => member, member => host.Slack.CallsTo("chat.postMessage").Count(c => c.Arg("channel") == host.Slack.DirectMessageWith(member)));

    [Fact]
    public async Task A_remind_command_posted_three_times_nudges_each_member_once()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        await PostThreeTimesAsync(host, host.CommandBody(Mei, "remind", triggerId: "trigger-remind-1"));
        await host.WaitForCallsAsync("chat.postMessage", 3, Ct);
        await host.WaitForIdleAsync(Ct);

        Assert.Equal(NotCheckedIn.ToDictionary(member => member, _ => 1), NudgesPerMember(host));
        Assert.Equal(3, host.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task A_help_posted_three_times_is_answered_each_time_and_records_no_replay_key()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var body = host.CommandBody(Mei, "help", triggerId: "trigger-help-1");
        var signedAt = host.Time.GetUtcNow();

        for (var i = 0; i < 3; i++)
        {
            using var response = await host.Client.SendAsync(host.Signed("/slack/commands", body, "application/x-www-form-urlencoded", signedAt), Ct);
            // Mei reads zh-CN.
            Assert.Equal("Mei，你可以这样用", (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(Ct))!["text"]!.GetValue<string>());
        }

        var workspace = await host.Services.GetRequiredService<IWorkspaceDirectory>().FindAsync(ChatPlatform.Slack, FakeSlackServer.TeamId, Ct);
        await using var session = await host.Services.GetRequiredService<Database>().OpenSessionAsync(Ct);
        Assert.False(await session.EventKeys.ContainsAsync(workspace!.Id, "slack-command:trigger-help-1", Ct));
    }

    [Fact]
    public async Task A_second_remind_within_the_cool_down_nudges_nobody_and_says_who_was_nudged_when_and_when_next()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        await PostThreeTimesAsync(host, host.CommandBody(Mei, "remind", triggerId: "trigger-remind-1"));
        await host.WaitForCallsAsync("chat.postMessage", 3, Ct);
        await host.WaitForIdleAsync(Ct);

        host.Time.Advance(TimeSpan.FromHours(3));
        using var second = await host.CommandAsync(Mei, "remind", Ct, triggerId: "trigger-remind-2");
        // Mei Lin's locale is zh-CN, so the answer is Chinese; read unescaped, as Slack shows it.
        var answer = System.Text.Json.Nodes.JsonNode.Parse(await second.Content.ReadAsStringAsync(Ct))!
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await host.WaitForIdleAsync(Ct);

        Assert.Equal(NotCheckedIn.ToDictionary(member => member, _ => 1), NudgesPerMember(host));
        Assert.Contains("这次没有提醒任何人。", answer, StringComparison.Ordinal);
        Assert.Contains("在 3 小时前被提醒过，这次没有再提醒；最早", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_remind_after_the_cool_down_nudges_again()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        await PostThreeTimesAsync(host, host.CommandBody(Mei, "remind", triggerId: "trigger-remind-1"));
        await host.WaitForCallsAsync("chat.postMessage", 3, Ct);
        await host.WaitForIdleAsync(Ct);

        host.Time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));
        await PostThreeTimesAsync(host, host.CommandBody(Mei, "remind", triggerId: "trigger-remind-2"));
        await host.WaitForCallsAsync("chat.postMessage", 6, Ct);
        await host.WaitForIdleAsync(Ct);

        Assert.Equal(NotCheckedIn.ToDictionary(member => member, _ => 2), NudgesPerMember(host));
    }

    [Fact]
    public async Task A_command_whose_work_failed_is_acted_on_when_it_arrives_again()
    {
        var outage = new StoreOutage();
        await using var host = await SlackHost.StartAsync(Ct, services: services =>
        {
            services.RemoveAll<IReviewStore>();
            services.AddSingleton(provider => outage.Over(new ReviewStore(provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>())));
        });
        var body = host.CommandBody(Mei, "remind", triggerId: "trigger-remind-1");
        var signedAt = host.Time.GetUtcNow();

        outage.Down = true;
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var failed = await host.Client.SendAsync(host.Signed("/slack/commands", body, "application/x-www-form-urlencoded", signedAt), Ct);
            failed.EnsureSuccessStatusCode();
        });
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));

        outage.Down = false;
        await PostThreeTimesAsync(host, body);
        await host.WaitForCallsAsync("chat.postMessage", 3, Ct);
        await host.WaitForIdleAsync(Ct);

        Assert.Equal(NotCheckedIn.ToDictionary(member => member, _ => 1), NudgesPerMember(host));
    }

    /// <summary>While <see cref="Down"/>, every read of the review store fails, so the engine cannot act.</summary>
    private sealed class StoreOutage
    {
        public volatile bool Down;

        public IReviewStore Over(IReviewStore inner)
        {
            var proxy = DispatchProxy.Create<IReviewStore, FailingWhileDown>();
            ((FailingWhileDown)(object)proxy).Attach(inner, () => Down);
            return proxy;
        }
    }

    /// <summary>The store's calls, passed through unless the outage is on (DispatchProxy needs a public, unsealed type).</summary>
    public class FailingWhileDown : DispatchProxy
    {
        private IReviewStore _inner = null!;
        private Func<bool> _down = null!;

        internal void Attach(IReviewStore inner, Func<bool> down) => (_inner, _down) = (inner, down);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (_down())
            {
                throw new InvalidOperationException("The review store is down.");
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
}
