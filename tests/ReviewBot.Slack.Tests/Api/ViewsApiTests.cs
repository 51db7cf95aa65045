using System.Text.Json.Nodes;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Tests.Api;

public class ViewsApiTests
{
    private static JsonObject Modal(string title) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = "checkin",
        ["private_metadata"] = "okr:42",
        ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = title },
        ["blocks"] = new JsonArray(),
    };

    [Fact]
    public async Task Opens_a_modal_with_the_trigger_id_and_returns_its_view_id_and_hash()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var view = await h.Client.Views.OpenAsync("trigger-123", Modal("Weekly check-in"), TestContext.Current.CancellationToken);

        Assert.StartsWith("V", view.Id, StringComparison.Ordinal);
        Assert.Equal("modal", view.Type);
        Assert.Equal("checkin", view.CallbackId);
        Assert.Equal("okr:42", view.PrivateMetadata);
        Assert.False(string.IsNullOrEmpty(view.Hash));
        var call = Assert.Single(h.Slack.CallsTo("views.open"));
        Assert.Equal("trigger-123", call.Arg("trigger_id"));
        Assert.Equal("Weekly check-in", (string?)call.Json?["view"]?["title"]?["text"]);
    }

    [Fact]
    public async Task Updates_a_view_with_the_hash_from_the_last_answer()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var opened = await h.Client.Views.OpenAsync("trigger-123", Modal("Step 1"), ct);

        var updated = await h.Client.Views.UpdateAsync(opened.Id, Modal("Step 2"), opened.Hash, ct);

        Assert.Equal(opened.Id, updated.Id);
        Assert.NotEqual(opened.Hash, updated.Hash);
        var call = Assert.Single(h.Slack.CallsTo("views.update"));
        Assert.Equal(opened.Id, call.Arg("view_id"));
        Assert.Equal(opened.Hash, call.Arg("hash"));
    }

    [Fact]
    public async Task An_update_with_a_stale_hash_is_a_hash_conflict()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var opened = await h.Client.Views.OpenAsync("trigger-123", Modal("Step 1"), ct);
        await h.Client.Views.UpdateAsync(opened.Id, Modal("Step 2"), opened.Hash, ct);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Views.UpdateAsync(opened.Id, Modal("Step 2 again"), opened.Hash, ct));

        Assert.Equal("hash_conflict", e.Error);
    }

    [Fact]
    public async Task An_update_without_a_hash_sends_none()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var opened = await h.Client.Views.OpenAsync("trigger-123", Modal("Step 1"), ct);

        await h.Client.Views.UpdateAsync(opened.Id, Modal("Step 2"), cancellationToken: ct);

        Assert.Null(Assert.Single(h.Slack.CallsTo("views.update")).Json?["hash"]);
    }

    [Fact]
    public async Task Publishes_a_members_app_home_and_keeps_one_home_view_per_member()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var home = new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray() };

        var first = await h.Client.Views.PublishAsync("U0ANDY", home, cancellationToken: ct);
        var second = await h.Client.Views.PublishAsync("U0ANDY", home, first.Hash, ct);

        Assert.Equal("home", first.Type);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("U0ANDY", h.Slack.CallsTo("views.publish")[0].Arg("user_id"));
    }
}
