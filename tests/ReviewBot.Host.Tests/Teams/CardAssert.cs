using System.Text.Json.Nodes;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>
/// What Teams needs of a card the bot sends (protocols.md §13): an Adaptive Card 1.5 (Action.Execute needs it), every
/// input with an id of its own and a label, a choice set's value among its choices (Teams shows an unknown one as
/// nothing picked), each Action.Execute with a verb and its Action.Submit fallback, no more than six actions in an
/// action set (Teams shows the first six), and the whole inside the 40 KB a bot message may take.
/// </summary>
internal static class CardAssert
{
    private const int ActionsTeamsShows = 6;
    private const int MessageCharacters = 40_000;

    public static void IsValid(JsonObject card)
    {
        Assert.Equal("AdaptiveCard", card["type"]?.GetValue<string>());
        Assert.Equal("1.5", card["version"]?.GetValue<string>());
        Assert.True(card.ToJsonString().Length <= MessageCharacters, $"The card takes {card.ToJsonString().Length} characters.");
        var all = TeamsPlanningTests.Descendants(card).ToList();

        var inputs = all.Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();
        var ids = inputs.Select(i => i["id"]?.GetValue<string>() ?? "").ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(inputs, i => Assert.False(string.IsNullOrWhiteSpace(i["label"]?.GetValue<string>()), $"{i["id"]} has no label"));
        foreach (var choices in inputs.Where(i => i["type"]!.GetValue<string>() == "Input.ChoiceSet"))
        {
            var offered = choices["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();
            Assert.NotEmpty(offered);
            if (choices["value"]?.GetValue<string>() is { } value)
            {
                Assert.True(offered.Contains(value), $"{choices["id"]}'s value '{value}' is none of its choices: {string.Join(", ", offered)}");
            }
        }

        foreach (var set in all.Where(o => o["type"]?.GetValue<string>() == "ActionSet"))
        {
            Assert.InRange(set["actions"]!.AsArray().Count, 1, ActionsTeamsShows);
        }

        foreach (var execute in all.Where(o => o["type"]?.GetValue<string>() == "Action.Execute"))
        {
            Assert.False(string.IsNullOrEmpty(execute["verb"]?.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(execute["title"]?.GetValue<string>()));
            Assert.Equal("Action.Submit", execute["fallback"]?["type"]?.GetValue<string>());
        }
    }
}
