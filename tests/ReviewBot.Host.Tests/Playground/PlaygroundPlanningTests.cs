using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Values;
using ReviewBot.Host.Import;
using ReviewBot.Host.Playground;
using ReviewBot.Host.Scheduling;
using ReviewBot.Testing;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Playground;

/// <summary>
/// The demo team plans 2027-Q1 in the playground over HTTP, from 2026-Q4's retrospective to 2027-Q1's first check-in:
/// Ben Weber (Europe, euros, de-DE) proposes by form, is refused a target equal to its start, corrects it; Mei Lin
/// (manager, zh-CN) sends the plan back by its form; Ben changes it in the text dialog; Mei approves it by the button,
/// giving the euro's 2027-Q1 rate the approval needs first; the first check-in of 2027-Q1 asks for the approved key
/// results. Then a newcomer finds what the team learnt about Europe two quarters back. The scheduler's passes run on
/// the host's own services and playground inbox, as the scheduling tests run them, instead of Hangfire.
/// </summary>
public sealed class PlaygroundPlanningTests : IAsyncDisposable
{
    /// <summary>Tuesday 29 December 2026, 09:00 UTC: 17:00 in Shanghai, week 14 of 2026-Q4 (its last); 10:00 for Ben in Berlin.</summary>
    private static readonly DateTimeOffset LastWeek = new(2026, 12, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly Quarter Q1 = new(2027, 1);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The planning form's field parts, as its field ids end ("plan.kr.{id}.target").</summary>
    private const string Keep = "keep";
    private const string Start = "start";
    private const string Target = "target";
    private const string Basis = "basis";

    private const string EuropeCause = "The distributor's doubled order came in November; customs paperwork still held up French shipments.";

    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private readonly WebApplicationFactory<Program> _host;
    private readonly HttpClient _client;

    public PlaygroundPlanningTests()
    {
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", _folder.FullPath);
            // Hangfire stays off; the test runs each pass itself and sends what is due at once.
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(_time);
                services.RemoveAll<IDeliveryDispatcher>();
                services.AddSingleton<IDeliveryDispatcher, ImmediateDeliveryDispatcher>();
            });
        });
        _client = _host.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IReviewStore Store => _host.Services.GetRequiredService<IReviewStore>();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_quarter_is_planned_in_the_playground_from_the_retrospective_to_the_next_quarters_first_check_in()
    {
        _time.SetUtcNow(LastWeek);
        var people = await LoadDemoAsync();
        var (mei, ben) = (people["Mei Lin"], people["Ben Weber"]);
        // What the last week has due goes first (2026-Q3's review to the channel, the three retrospective prompts), so what follows is Ben's doing.
        await PassAtAsync(LastWeek);

        // 1. Ben submits his 2026-Q4 retrospective by its form; one pass brings one planning prompt, the next nothing more.
        var retro = Form(await TurnAsync(ben, "command", "review retro"));
        var retroSaved = await TurnAsync(ben, "form", formId: FormId(retro), values: Retrospective(retro));
        Message(retroSaved);
        await PassAtAsync(LastWeek.AddMinutes(10));
        await PassAtAsync(LastWeek.AddHours(2));
        var prompt = Assert.Single(await InboxAsync(ben), IsPlanningPrompt).GetProperty("message");
        Assert.Contains(prompt.GetProperty("buttons").EnumerateArray(), b => ActionId(b) == ActionIds.PlanByText && b.GetProperty("value").GetString() == Q1.Id);
        foreach (var other in people.Values.Where(p => p != ben))
        {
            Assert.DoesNotContain(await InboxAsync(other), IsPlanningPrompt);
        }

        // 2. The form from the prompt's button: Europe revenue carried over, starting where Ben's retrospective ended it, its cause beside it.
        var open = Button(prompt, ActionIds.OpenPlan);
        var form = Form(await TurnAsync(ben, "button", actionId: open.ActionId, value: open.Value));
        var europe = Row(form, "Europe revenue");
        var distributors = Row(form, "New distributor accounts signed");
        Assert.Contains(EuropeCause, Hint(Field(form, europe, Keep)), StringComparison.Ordinal);
        Assert.Equal("keep", Field(form, europe, Keep).GetProperty("value").GetString());
        var start = Field(form, europe, Start).GetProperty("value").GetString()!;
        Assert.Equal(16_500_000m, decimal.Parse(start, NumberStyles.Number, German));
        Assert.Contains("2026-Q4", Hint(Field(form, europe, Start)), StringComparison.Ordinal);

        // A target equal to its start is refused beside that field alone, and nothing is saved or sent.
        var values = Values(form);
        // Any other row carried over (a milestone left open) is left behind: this plan is about the two numbers.
        foreach (var keep in values.Keys.Where(k => k.EndsWith("." + Keep, StringComparison.Ordinal) && k != Id(europe, Keep) && k != Id(distributors, Keep)).ToList())
        {
            values[keep] = "drop";
        }

        values[Id(europe, Target)] = start;
        values[Id(europe, Basis)] = "The distributor's doubled order repeats, and the French storefront adds a month.";
        values[Id(distributors, Target)] = "7";
        values[Id(distributors, Basis)] = "The two who waited for storefront sales have seen them.";
        var refused = Form(await TurnAsync(ben, "form", formId: FormId(form), values: values));
        Assert.StartsWith("The target equals the start", Error(Field(refused, europe, Target)), StringComparison.Ordinal);
        Assert.Single(refused.GetProperty("fields").EnumerateArray(), f => Error(f) is not null);
        Assert.Null(await ProposalAsync(ben));
        Assert.Empty(await InboxAsync(mei));

        // Corrected: saved as proposed, and Mei gets one notice, in Chinese, in her own inbox.
        values[Id(europe, Target)] = "19000000";
        var proposed = Message(await TurnAsync(ben, "form", formId: FormId(refused), values: values));
        Assert.StartsWith("Proposed 2 key results for 2027-Q1", Headline(proposed), StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Proposed, (await ProposalAsync(ben))!.Status);
        var notice = Assert.Single(await InboxAsync(mei));
        Assert.Equal("Ben Weber", notice.GetProperty("postedBy").GetString());
        LanguageAssert.Chinese(Headline(notice.GetProperty("message")), "Ben Weber", "2027-Q1", "review plan");

        // 3. Mei reviews the team's proposals and sends Ben's back with a comment, through the send-back form.
        var view = Message(await TurnAsync(mei, "command", "复盘 计划"));
        Assert.Contains("Ben Weber", Text(view), StringComparison.Ordinal);
        var sendBack = Button(view, ActionIds.SendPlanBack);
        // Whose proposal, for which quarter, as Mei saw it (its version): a press after Ben changed it shows the change.
        Assert.StartsWith($"{ben}|{Q1.Id}|", sendBack.Value, StringComparison.Ordinal);
        var backForm = Form(await TurnAsync(mei, "button", actionId: sendBack.ActionId, value: sendBack.Value));
        const string Comment = "欧洲的目标太保守：经销商的双倍订单已经到了。";
        await TurnAsync(mei, "form", formId: FormId(backForm), values: new() { [FieldIds(backForm).Single()] = Comment });
        Assert.Equal(PlanStatus.SentBack, (await ProposalAsync(ben))!.Status);
        var sentBack = Assert.Single(await InboxAsync(ben), i => Text(i.GetProperty("message")).Contains(Comment, StringComparison.Ordinal)).GetProperty("message");
        Assert.Contains(sentBack.GetProperty("buttons").EnumerateArray(), b => ActionId(b) == ActionIds.OpenPlan);

        // Ben changes it in the text dialog this time, question by question.
        var turn = await TurnAsync(ben, "command", "review plan text");
        var asked = new List<string>();
        for (var i = 0; i < 20 && !Headline(Answer(turn)).StartsWith("Your plan for 2027-Q1 is updated", StringComparison.Ordinal); i++)
        {
            asked.Add(Headline(Answer(turn)));
            turn = await TurnAsync(ben, "text", AnswerTo(asked[^1]));
        }

        Assert.StartsWith("Your plan for 2027-Q1 is updated", Headline(Answer(turn)), StringComparison.Ordinal);
        Assert.Contains("Europe revenue: keep it for 2027-Q1?", asked);
        Assert.Equal(PlanStatus.Proposed, (await ProposalAsync(ben))!.Status);
        Assert.Equal(2, (await InboxAsync(mei)).Count);

        // 4. Mei approves by the button: the euro has no 2027-Q1 rate yet, so its form comes first, then the approval.
        var rates = Form(await TurnAsync(mei, "button", actionId: ActionIds.ApprovePlan, value: $"{ben}|{Q1.Id}"));
        Assert.Equal(["rate.EUR"], FieldIds(rates));
        Assert.Equal(PlanStatus.Proposed, (await ProposalAsync(ben))!.Status);
        var approved = await TurnAsync(mei, "form", formId: FormId(rates), values: new() { ["rate.EUR"] = "1.18" });
        Assert.Contains("Ben Weber", Headline(Message(approved)), StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Approved, (await ProposalAsync(ben))!.Status);
        var team = await TeamAsync();
        Assert.Equal(1.18m, team.ExchangeRates.ToReporting(1m, "EUR", "USD", Q1));
        var q1 = (await Store.ObjectivesAsync(team.WorkspaceId, team.Id, Q1, Ct)).SelectMany(o => o.KeyResults).ToList();
        var revenue = q1.Single(k => k.Title == "Europe revenue");
        Assert.Equal((16_500_000m, 21_000_000m, "The French storefront's first full quarter, and the distributors' doubled orders."), (revenue.Start, revenue.Target, revenue.Basis));
        Assert.Equal(8m, q1.Single(k => k.Title == "New distributor accounts signed").Target);
        Assert.DoesNotContain(q1, k => k.Title == "German and French storefronts localised");

        // 5. 2027-Q1's first check-in day (Friday 1 January, 16:00 in Berlin): the prompt asks for the approved key results.
        await PassAtAsync(new DateTimeOffset(2027, 1, 1, 15, 5, 0, TimeSpan.Zero));
        await PassAtAsync(new DateTimeOffset(2027, 1, 1, 16, 0, 0, TimeSpan.Zero));
        var checkIn = Assert.Single(await InboxAsync(ben), i => i.GetProperty("sentAt").GetDateTimeOffset() >= new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)
            && i.GetProperty("message").GetProperty("buttons").EnumerateArray().Any(b => ActionId(b) == ActionIds.OpenCheckIn));
        var asks = Text(checkIn.GetProperty("message"));
        Assert.Contains("Europe revenue", asks, StringComparison.Ordinal);
        Assert.Contains(ValueFormatter.Format(21_000_000m, KeyResultUnit.Currency("EUR"), German), asks, StringComparison.Ordinal);
        Assert.Contains("New distributor accounts signed", asks, StringComparison.Ordinal);

        // 6. Lena joins the Europe team in January (the operator imports the team file again) and asks what it learnt there.
        var lena = await JoinAsync("Lena Fischer", "lena.fischer@example.com");
        var lessons = Replies(await TurnAsync(lena, "command", "review lessons distributors Europe"));
        Assert.Contains("Weekly calls with the distributors kept the order book alive through the delay.", lessons, StringComparison.Ordinal);
        Assert.Contains("2026-Q3", lessons, StringComparison.Ordinal);
        Assert.Contains("Ben Weber", lessons, StringComparison.Ordinal);
        Assert.DoesNotContain("Shopee", lessons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_planning_and_lessons_tips_work_for_the_demo_in_either_language()
    {
        // Friday 20 November 2026, week 8 of 2026-Q4: no retrospective open, so review plan plans next quarter.
        var people = await LoadDemoAsync();
        var text = (await _client.GetFromJsonAsync<Dictionary<string, Dictionary<string, string>>>(new Uri("/playground/text", UriKind.Relative), Ct))!;

        // Andy plans next quarter from the tip: the form, as the prompt's button would open it.
        var form = Form(await TurnAsync(people["Andy Miller"], "command", text["en-US"]["TipPlan"]));
        Assert.Contains("2027-Q1", form.GetProperty("title").GetString(), StringComparison.Ordinal);

        // Two quarters back from 2026-Q4 the library has Ben's lessons about Europe; the previous quarter's too. The
        // Chinese tip names the market alone: the demo's lessons are written in English.
        var english = Replies(await TurnAsync(people["Andy Miller"], "command", text["en-US"]["TipLessons"]));
        var chinese = Replies(await TurnAsync(people["Mei Lin"], "command", text["zh-CN"]["TipLessons"]));
        Assert.Contains("Ask European distributors for their launch calendars a quarter ahead.", english, StringComparison.Ordinal);
        Assert.Contains("2026-Q2", english, StringComparison.Ordinal);
        Assert.Contains("Weekly calls with the distributors kept the order book alive through the delay.", english, StringComparison.Ordinal);
        Assert.Contains("Ask European distributors for their launch calendars a quarter ahead.", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("Shopee", english, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, string>> LoadDemoAsync()
    {
        var loaded = await (await _client.PostAsync(new Uri("/playground/demo", UriKind.Relative), null, Ct)).Content.ReadFromJsonAsync<PlaygroundPeople>(Ct);
        return loaded!.People.ToDictionary(p => p.Name, p => p.Id);
    }

    /// <summary>The demo's team file again with one more member on the Europe market, imported as an operator adds someone.</summary>
    private async Task<string> JoinAsync(string name, string email)
    {
        var yaml = DemoTeam.Yaml().Replace(
            "members:\n",
            $"members:\n  - name: {name}\n    email: {email}\n    role: member\n    market: Europe\n    timeZone: Europe/Berlin\n    locale: en-GB\n",
            StringComparison.Ordinal);
        var (file, errors) = OkrFileReader.Read(yaml);
        Assert.True(file is not null, string.Join(Environment.NewLine, errors));
        await new OkrImporter(_host.Services.GetRequiredService<ReviewBot.Storage.Database>(), _time).ImportAsync(file, dryRun: false, Ct);
        var people = (await _client.GetFromJsonAsync<PlaygroundPeople>(new Uri("/playground/people", UriKind.Relative), Ct))!.People;
        return people.Single(p => p.Name == name).Id;
    }

    private async Task<ReviewBot.Core.People.Team> TeamAsync()
    {
        var workspaces = _host.Services.GetRequiredService<ReviewBot.Core.Workspaces.IWorkspaceDirectory>();
        var workspace = (await workspaces.FindAsync(ReviewBot.Core.Workspaces.ChatPlatform.Playground, DemoTeam.WorkspaceExternalId, Ct))!;
        return (await Store.ListTeamsAsync(workspace.Id, Ct)).Single(t => t.Key == DemoTeam.TeamKey);
    }

    private async Task<PlanProposal?> ProposalAsync(string memberId)
    {
        var team = await TeamAsync();
        return await Store.ProposalAsync(team.WorkspaceId, team.Id, memberId, Q1, Ct);
    }

    private async Task PassAtAsync(DateTimeOffset at)
    {
        _time.SetUtcNow(at);
        await _host.Services.GetRequiredService<DeliveryPass>().RunAsync(DeliveryScope.Everything, Ct);
    }

    private async Task<JsonElement> TurnAsync(string memberId, string kind, string? text = null, string? actionId = null, string? value = null, string? formId = null, Dictionary<string, string>? values = null)
    {
        var body = new StringContent(JsonSerializer.Serialize(new { memberId, kind, text, actionId, value, formId, values }), Encoding.UTF8, "application/json");
        var response = await _client.PostAsync(new Uri("/playground/turn", UriKind.Relative), body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<List<JsonElement>> InboxAsync(string memberId) =>
        [.. (await _client.GetFromJsonAsync<JsonElement>(new Uri($"/playground/inbox?memberId={memberId}", UriKind.Relative), Ct)).GetProperty("items").EnumerateArray()];

    private static bool IsPlanningPrompt(JsonElement item) =>
        item.GetProperty("message").TryGetProperty("buttons", out var buttons) && buttons.EnumerateArray().Any(b => ActionId(b) == ActionIds.OpenPlan)
        && Headline(item.GetProperty("message")).StartsWith("Plan 2027-Q1", StringComparison.Ordinal);

    /// <summary>Ben's retrospective: Europe revenue ended at €16.5M, the rest as the form offers it, a sentence for every text.</summary>
    private static Dictionary<string, string> Retrospective(JsonElement form)
    {
        var values = Values(form);
        foreach (var field in form.GetProperty("fields").EnumerateArray())
        {
            var id = FieldId(field);
            var label = field.GetProperty("label").GetString()!;
            values[id] = id switch
            {
                _ when id.Contains(".final", StringComparison.Ordinal) && label.Contains("Europe revenue", StringComparison.Ordinal) => "16500000",
                _ when id.Contains(".final", StringComparison.Ordinal) && label.Contains("distributor", StringComparison.Ordinal) => "5",
                _ when id.EndsWith("cause", StringComparison.Ordinal) && label.Contains("Europe revenue", StringComparison.Ordinal) => EuropeCause,
                _ when values[id].Length > 0 => values[id],
                _ when field.GetProperty("choices").ValueKind == JsonValueKind.Array => field.GetProperty("choices")[0].GetProperty("value").GetString()!,
                _ when id == "worked" => "Weekly calls with the distributors kept their orders coming.",
                _ when id == "change" => "Hire the customs broker before the French volumes grow.",
                _ => "Five of six signed; the sixth waits for its new budget year.",
            };
        }

        return values;
    }

    /// <summary>Ben's answers in the text dialog: both metrics kept from where they ended, new targets, no new key results.</summary>
    private static string AnswerTo(string question) => question switch
    {
        _ when question.EndsWith("keep it for 2027-Q1?", StringComparison.Ordinal) => "keep",
        _ when question.Contains("carry it over", StringComparison.Ordinal) => "leave",
        _ when question.StartsWith("Where does", StringComparison.Ordinal) => "same",
        _ when question.StartsWith("What is the target for Europe revenue", StringComparison.Ordinal) => "21000000",
        _ when question.StartsWith("What is the target for", StringComparison.Ordinal) => "8",
        _ when question.StartsWith("Why this target for Europe revenue", StringComparison.Ordinal) => "The French storefront's first full quarter, and the distributors' doubled orders.",
        _ when question.StartsWith("Why this target", StringComparison.Ordinal) => "Four more in final negotiation.",
        _ => "done",
    };

    private static JsonElement Message(JsonElement turn) => turn.GetProperty("replies").EnumerateArray().First(r => r.GetProperty("kind").GetString() == "message" && r.GetProperty("toMemberId").ValueKind == JsonValueKind.Null);

    private static JsonElement Form(JsonElement turn) =>
        turn.GetProperty("replies").EnumerateArray().FirstOrDefault(r => r.GetProperty("kind").GetString() == "form") is { ValueKind: JsonValueKind.Object } form
            ? form
            : throw new InvalidOperationException($"No form among the replies: {turn}");

    /// <summary>The last reply to the speaker: the dialog's next question, or its confirmation before the manager's notice.</summary>
    private static JsonElement Answer(JsonElement turn) => turn.GetProperty("replies").EnumerateArray().Last(r => r.GetProperty("toMemberId").ValueKind == JsonValueKind.Null);

    private static string Headline(JsonElement message) => message.TryGetProperty("headline", out var headline) ? headline.GetString() ?? "" : "";

    private static string FormId(JsonElement form) => form.GetProperty("formId").GetString()!;

    private static string FieldId(JsonElement field) => field.GetProperty("id").GetString()!;

    private static List<string> FieldIds(JsonElement form) => [.. form.GetProperty("fields").EnumerateArray().Select(FieldId)];

    private static Dictionary<string, string> Values(JsonElement form) =>
        form.GetProperty("fields").EnumerateArray().ToDictionary(FieldId, f => f.GetProperty("value").GetString() ?? "");

    /// <summary>The field-id prefix of the carried row whose keep label names <paramref name="title"/>: "plan.kr.{id}".</summary>
    private static string Row(JsonElement form, string title)
    {
        var keep = form.GetProperty("fields").EnumerateArray().Single(f =>
            FieldId(f).EndsWith("." + Keep, StringComparison.Ordinal) && f.GetProperty("label").GetString()!.Contains(title, StringComparison.Ordinal));
        return FieldId(keep)[..^(Keep.Length + 1)];
    }

    private static string Id(string row, string part) => $"{row}.{part}";

    private static JsonElement Field(JsonElement form, string row, string part) =>
        form.GetProperty("fields").EnumerateArray().Single(f => FieldId(f) == Id(row, part));

    private static string Hint(JsonElement field) => field.GetProperty("hint").GetString() ?? "";

    private static string? Error(JsonElement field) => field.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null;

    private static string ActionId(JsonElement button) => button.GetProperty("actionId").GetString()!;

    private static (string ActionId, string Value) Button(JsonElement message, string actionId)
    {
        var button = message.GetProperty("buttons").EnumerateArray().First(b => ActionId(b) == actionId);
        return (actionId, button.GetProperty("value").GetString()!);
    }

    private static string Replies(JsonElement turn) => string.Join(Environment.NewLine, turn.GetProperty("replies").EnumerateArray().Select(Text));

    /// <summary>Every string a reply shows, whatever its kind: headline, lines, facts, fields, buttons.</summary>
    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Join(Environment.NewLine, element.EnumerateObject()
            .Where(p => p.Name is not ("kind" or "formId" or "id" or "actionId" or "audience" or "url" or "unit" or "style" or "placement" or "toMemberId" or "group"))
            .Select(p => Text(p.Value)).Where(t => t.Length > 0)),
        JsonValueKind.Array => string.Join(Environment.NewLine, element.EnumerateArray().Select(Text).Where(t => t.Length > 0)),
        _ => "",
    };
}
