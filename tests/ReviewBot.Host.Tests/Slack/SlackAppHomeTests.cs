using System.Net;
using System.Text.Json.Nodes;
using ReviewBot.Core.Conversation;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

public class SlackAppHomeTests
{
    private const string Andy = "U0ANDY";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens Andy's Home tab and returns the view the bot published there.</summary>
    internal static async Task<JsonObject> PublishedHomeAsync(SlackHost host, string userId)
    {
        await host.EventAsync(new JsonObject { ["type"] = "event_callback", ["team_id"] = FakeSlackServer.TeamId, ["event_id"] = $"EvHome-{userId}", ["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = userId, ["tab"] = "home" } }, Ct);
        return (await host.WaitForCallsAsync("views.publish", 1, Ct)).Single().JsonArg("view")!.AsObject();
    }

    /// <summary>
    /// What Slack posts when a button in the published Home tab is pressed: the container is the view, the home
    /// view comes along (as Slack stores it: an id, a hash, an empty callback_id and private_metadata), and there
    /// is neither channel, message nor response_url.
    /// </summary>
    internal static JsonObject HomeButtonPress(JsonObject home, string userId, string actionIdStart, string triggerId)
    {
        var button = home["blocks"]!.AsArray()
            .SelectMany(b => b!["elements"]?.AsArray() ?? [])
            .Single(e => e!["type"]?.GetValue<string>() == "button" && e["action_id"]!.GetValue<string>().StartsWith(actionIdStart, StringComparison.Ordinal))!;
        var view = (JsonObject)home.DeepClone();
        view["id"] = "V0HOME";
        view["team_id"] = FakeSlackServer.TeamId;
        view["private_metadata"] = "";
        view["callback_id"] = "";
        view["external_id"] = "";
        view["state"] = new JsonObject { ["values"] = new JsonObject() };
        view["hash"] = "1700000000.5b2f3c";
        view["root_view_id"] = "V0HOME";
        view["previous_view_id"] = null;
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = "andy", ["name"] = "andy", ["team_id"] = FakeSlackServer.TeamId },
            ["api_app_id"] = "A0REVIEWBOT",
            ["token"] = "legacy",
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" },
            ["trigger_id"] = triggerId,
            ["team"] = new JsonObject { ["id"] = FakeSlackServer.TeamId, ["domain"] = "exportsales" },
            ["enterprise"] = null,
            ["is_enterprise_install"] = false,
            ["view"] = view,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = button["action_id"]!.GetValue<string>(),
                ["block_id"] = "home-actions",
                ["text"] = button["text"]!.DeepClone(),
                ["value"] = button["value"]?.DeepClone(),
                ["type"] = "button",
                ["action_ts"] = "1700000001.000100",
            }),
        };
    }

    [Fact]
    public async Task The_check_in_button_in_app_home_opens_the_check_in_modal()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var home = await PublishedHomeAsync(host, Andy);

        var response = await host.InteractAsync(HomeButtonPress(home, Andy, ActionIds.OpenCheckIn, "trigger-home"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var open = host.Slack.CallsTo("views.open").Single();
        Assert.Equal("trigger-home", open.Arg("trigger_id"));
        Assert.StartsWith("checkin|weekly-checkin|2026-Q4|8|", open.JsonArg("view")!["callback_id"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
