using System.Globalization;
using System.Text.Json.Nodes;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Blocks;
using ReviewBot.Teams.Cards;

namespace ReviewBot.Host.Tests.Reports;

/// <summary>
/// A 40-person team with five key results each: the review in chat is split into messages and cards that
/// Slack and Teams accept, and every key result and every person is still there; the detail is on the page.
/// </summary>
public class LargeReviewLimitsTests
{
    // The platforms' documented limits (protocols.md), not the renderers' own budgets below them.
    private const int SlackBlocksPerMessage = 50;
    private const int SlackSectionText = 3000;
    private const int SlackMessageCharacters = 12_000;
    private const int TeamsMessageBytes = 28_000;
    private const int People = 40;
    private const int KeyResultsEach = 5;
    private static readonly Quarter Q3 = new(2026, 3);

    [Fact]
    public void Slack_gets_messages_within_its_block_and_size_limits_and_nothing_is_cut()
    {
        var (reply, titles) = Review();

        var messages = BlockKitRenderer.Message(reply);

        Assert.True(messages.Count > 1, "A review this long is split over several messages.");
        var all = new System.Text.StringBuilder();
        foreach (var message in messages)
        {
            Assert.InRange(message.Blocks.Count, 1, SlackBlocksPerMessage);
            Assert.InRange(message.Blocks.ToJsonString().Length, 1, SlackMessageCharacters);
            foreach (var text in Texts(message.Blocks))
            {
                Assert.True(text.Length <= SlackSectionText, $"A text of {text.Length} characters is over Slack's {SlackSectionText}.");
                all.Append(text).Append('\n');
            }
        }

        AssertEverythingIsThere(all.ToString(), titles, reply);
    }

    [Fact]
    public void Teams_gets_cards_within_its_size_limit_and_nothing_is_cut()
    {
        var (reply, titles) = Review();

        var cards = AdaptiveCardRenderer.Message(reply);

        Assert.True(cards.Count > 1, "A review this long is split over several cards.");
        var all = new System.Text.StringBuilder();
        foreach (var card in cards)
        {
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()), 1, TeamsMessageBytes);
            foreach (var text in Texts(card))
            {
                all.Append(text).Append('\n');
            }
        }

        AssertEverythingIsThere(all.ToString(), titles, reply);
        // The links (report page, downloads) are on the last card, under everything they act on.
        Assert.Contains("Open the full report", cards[^1].ToJsonString(), StringComparison.Ordinal);
    }

    private static void AssertEverythingIsThere(string all, List<string> titles, MessageReply reply)
    {
        Assert.All(titles, title => Assert.Contains(title, all, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, People), i => Assert.Contains($"Seller {i:00} · Market {i:00}", all, StringComparison.Ordinal));
        Assert.Contains(reply.Sections[^1].Title!, all, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Texts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key is "text" or "title" or "value" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        yield return s;
                    }
                    else
                    {
                        foreach (var t in Texts(value))
                        {
                            yield return t;
                        }
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    foreach (var t in Texts(item))
                    {
                        yield return t;
                    }
                }

                break;
        }
    }

    private static (MessageReply Reply, List<string> Titles) Review()
    {
        var team = new Team
        {
            Id = "big",
            WorkspaceId = "ws",
            Key = "big",
            Name = "Global Marketplaces",
            TimeZoneId = "UTC",
            ReportingCurrency = "USD",
            CheckIn = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0)),
            ExchangeRates = new ExchangeRateTable([new ExchangeRate(Q3, "EUR", 1.1m)]),
        };
        var members = Enumerable.Range(1, People).Select(i => new Member
        {
            Id = $"m{i}",
            WorkspaceId = "ws",
            TeamId = "big",
            Name = $"Seller {i:00}",
            Market = $"Market {i:00}",
            TimeZoneId = "UTC",
            Locale = "en-US",
        }).ToList();
        var titles = new List<string>();
        var objectives = new List<Objective>();
        var checkIns = new List<CheckIn>();
        var answers = new List<ReviewAnswer>();
        foreach (var member in members)
        {
            var keyResults = Enumerable.Range(1, KeyResultsEach).Select(k =>
            {
                var title = $"{member.Name} key result {k}: marketplace revenue and repeat buyers in the region";
                titles.Add(title);
                return new KeyResult
                {
                    Id = $"{member.Id}-kr{k}",
                    WorkspaceId = "ws",
                    ObjectiveId = $"{member.Id}-o",
                    Key = $"kr{k}",
                    Title = title,
                    OwnerMemberId = member.Id,
                    Unit = k % 2 == 0 ? KeyResultUnit.Currency("EUR") : KeyResultUnit.Count("orders"),
                    Start = 0m,
                    Target = 1_000_000m,
                    Basis = "A long basis that explains, in the owner's words, why this target is right for this market this quarter.",
                };
            }).ToList();
            objectives.Add(new Objective { Id = $"{member.Id}-o", WorkspaceId = "ws", TeamId = "big", Quarter = Q3, Key = $"o-{member.Id}", Title = $"{member.Name}'s market grows", OwnerMemberId = member.Id, Basis = "Growth", KeyResults = keyResults });
            foreach (var kr in keyResults)
            {
                for (var week = 1; week <= 14; week++)
                {
                    checkIns.Add(new CheckIn { Id = $"{kr.Id}-{week}", WorkspaceId = "ws", KeyResultId = kr.Id, AuthorMemberId = member.Id, Quarter = Q3, WeekNumber = week, Value = 60_000m * week, Confidence = Confidence.AtRisk, Comment = "Slower than planned", Blockers = "Customs", Source = ChatPlatform.Slack, RecordedAt = DateTimeOffset.UnixEpoch.AddDays(week) });
                }

                answers.Add(new ReviewAnswer($"{kr.Id}-cause", "ws", Core.Dialogs.ReviewTemplates.Retrospective.Id, "cause", member.Id, Q3, 14, kr.Id, "A cause written at length by its owner, with the reasons the result differs from its target.", DateTimeOffset.UnixEpoch));
            }
        }

        var data = new QuarterData(team, Q3, members, objectives, checkIns, answers);
        var review = QuarterReview.Build(data, person: null, new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero));
        var reply = QuarterReviewReport.Build(review, CultureInfo.GetCultureInfo("en-US")) with
        {
            Links = [new MessageLink("Open the full report", "https://bot.example.com/reports/t"), new MessageLink("Download CSV", "https://bot.example.com/reports/t.csv", LinkKind.Download)],
            Images = [new MessageImage("https://bot.example.com/reports/t/attainment.png", "Attainment")],
        };
        return (reply, titles);
    }
}
