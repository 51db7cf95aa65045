using System.Text.Json.Nodes;
using ReviewBot.Teams.Handlers;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Tests.Handlers;

public class MentionTextTests
{
    private const string Bot = "28:reviewbot";

    private static Activity Message(string text, params (string Text, string Id, string Name)[] mentions) => new()
    {
        Type = Activity.Types.Message,
        Text = text,
        Recipient = new ChannelAccount(Bot, "ReviewBot"),
        Entities = [.. mentions.Select(m => new JsonObject { ["type"] = "mention", ["text"] = m.Text, ["mentioned"] = new JsonObject { ["id"] = m.Id, ["name"] = m.Name } })],
    };

    [Fact]
    public void The_bots_own_mention_goes_and_the_command_stays()
    {
        var activity = Message("<at>ReviewBot</at> review quarter", ("<at>ReviewBot</at>", Bot, "ReviewBot"));

        Assert.Equal("review quarter", MentionText.Strip(activity));
    }

    [Fact]
    public void A_mentioned_member_becomes_their_entra_id_and_an_unknown_one_their_quoted_name()
    {
        var activity = Message(
            "<at>ReviewBot</at> review stream add friday 20:00 90m Launch <at>Andy Miller</at> <at>Ben Weber</at>",
            ("<at>ReviewBot</at>", Bot, "ReviewBot"),
            ("<at>Andy Miller</at>", "29:andy", "Andy Miller"),
            ("<at>Ben Weber</at>", "29:ben", "Ben Weber"));

        var text = MentionText.Strip(activity, new Dictionary<string, string> { ["29:andy"] = "8d3a4c52-0001" });

        Assert.Equal("review stream add friday 20:00 90m Launch <@8d3a4c52-0001> \"@Ben Weber\"", text);
    }

    [Fact]
    public void The_people_mentioned_are_everyone_but_the_bot_once_each()
    {
        var activity = Message(
            "<at>ReviewBot</at> <at>Andy</at> <at>Andy</at>",
            ("<at>ReviewBot</at>", Bot, "ReviewBot"),
            ("<at>Andy</at>", "29:andy", "Andy"),
            ("<at>Andy</at>", "29:andy", "Andy"));

        Assert.Equal([("29:andy", (string?)null)], MentionText.People(activity));
    }

    [Fact]
    public void Markup_without_an_entity_is_dropped_and_its_words_stay()
    {
        var activity = Message("<at>ReviewBot</at> review help");

        Assert.Equal("review help", MentionText.Strip(activity));
    }
}
