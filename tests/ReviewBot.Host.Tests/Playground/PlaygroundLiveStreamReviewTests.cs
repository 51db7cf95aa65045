using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Host.Import;
using ReviewBot.Host.Playground;
using ReviewBot.Host.Scheduling;
using ReviewBot.Testing;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Playground;

/// <summary>
/// A live stream reviewed in the playground over HTTP, from the schedule to the quarter: the live-selling team file
/// (Shanghai, every reader zh-CN) imported, Lin Hua (manager) schedules "冬季清仓专场" for Wednesday 2 December 2026
/// 20:00 Shanghai (12:00 UTC), 90 minutes, hosted by Zhou Min with Chen Jie on the crew. The review is asked for at
/// 14:00 UTC, 22:00 in Shanghai. The scheduler's pass is run by the test on the host's own services and playground
/// inbox, as the scheduling tests run it, instead of Hangfire.
/// </summary>
public sealed class PlaygroundLiveStreamReviewTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AskedAt = new(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);

    /// <summary>What people typed or the team file holds, allowed in Chinese text; GMV is the word Chinese sellers use too.</summary>
    private static readonly string[] Typed = ["冬季清仓专场", "Lin Hua", "Lin", "Zhou Min", "Zhou", "Chen Jie", "Chen", "Live Selling", "USD", "GMV", "2026-Q4", "zhou.min@example.com", "chen.jie@example.com"];

    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly WebApplicationFactory<Program> _host;
    private readonly HttpClient _client;

    public PlaygroundLiveStreamReviewTests()
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

    private static string LiveSelling => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "live-selling.yaml"));

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_stream_scheduled_in_chat_is_reviewed_by_form_and_by_text_summarised_once_trended_and_feeds_the_quarter()
    {
        var (lin, zhou, chen) = await PeopleAsync();

        var scheduled = Message(await TurnAsync(lin, "command", "复盘 直播 添加 12-02 20:00 90分钟 \"冬季清仓专场\" @zhou.min@example.com @chen.jie@example.com USD"));
        LanguageAssert.Chinese(Text(scheduled), Typed);

        await PassAtAsync(AskedAt.AddMinutes(-1));
        Assert.Empty(await InboxAsync(zhou));

        await PassAtAsync(AskedAt.AddMinutes(5));
        await PassAtAsync(AskedAt.AddMinutes(10));
        var zhouPrompt = Assert.Single(await InboxAsync(zhou));
        var chenPrompt = Assert.Single(await InboxAsync(chen));
        Assert.Empty(await InboxAsync(lin));
        LanguageAssert.Chinese(Text(zhouPrompt.GetProperty("message")), Typed);

        // Zhou answers by the form, first with a peak above the viewers: nothing is saved, the field says why.
        var open = Button(zhouPrompt.GetProperty("message"), "stream.review.open");
        var form = (await TurnAsync(zhou, "button", actionId: open.ActionId, value: open.Value)).GetProperty("replies")[0];
        Assert.Equal("form", form.GetProperty("kind").GetString());
        var values = StreamValues(form, viewers: "1200", peak: "1500", gmv: "36000");
        var refused = (await TurnAsync(zhou, "form", formId: form.GetProperty("formId").GetString(), values: values)).GetProperty("replies")[0];
        Assert.Equal("form", refused.GetProperty("kind").GetString());
        var peakError = FieldError(refused, "peak-viewers");
        LanguageAssert.Chinese(peakError);
        Assert.All(refused.GetProperty("fields").EnumerateArray().Where(f => !FieldId(f).EndsWith("peak-viewers", StringComparison.Ordinal)), f => Assert.Null(Error(f)));
        await PassAtAsync(AskedAt.AddHours(1));
        Assert.Empty(await ChannelAsync(lin));

        var saved = Message(await TurnAsync(zhou, "form", formId: refused.GetProperty("formId").GetString(), values: StreamValues(form, viewers: "1200", peak: "800", gmv: "36000")));
        LanguageAssert.Chinese(Text(saved), Typed);

        // Chen answers in the text dialog, question by question.
        var byText = Button(chenPrompt.GetProperty("message"), "stream.review.text");
        var turn = await TurnAsync(chen, "button", actionId: byText.ActionId, value: byText.Value);
        var asked = new List<string>();
        for (var i = 0; i < 30 && Question(turn) is { } question; i++)
        {
            asked.Add(question.GetProperty("sections")[0].GetProperty("text").GetString()!);
            turn = await TurnAsync(chen, "text", AnswerTo(asked[^1], Text(question.GetProperty("context"))));
        }

        Assert.Equal(14, asked.Count);
        LanguageAssert.Chinese(Replies(turn), Typed);

        await PassAtAsync(AskedAt.AddHours(2));
        await PassAtAsync(AskedAt.AddHours(3));
        await PassAtAsync(AskedAt.AddDays(2));
        // The stream from the team file two days later is summarised too, as nobody answered it; this one only once.
        var post = Assert.Single(await ChannelAsync(zhou), p => Text(p.GetProperty("message").GetProperty("headline")).Contains("冬季清仓专场", StringComparison.Ordinal));
        LanguageAssert.Chinese(Text(post.GetProperty("message")), Typed);

        var trend = (await TurnAsync(lin, "command", "复盘 直播趋势")).GetProperty("replies")[0];
        // The chart Slack and Teams get as an uploaded file reaches the page inlined as a picture.
        var chart = Assert.Single(trend.GetProperty("images").EnumerateArray());
        Assert.StartsWith("data:image/png;base64,", chart.GetProperty("url").GetString(), StringComparison.Ordinal);
        LanguageAssert.Chinese(chart.GetProperty("altText").GetString()!, Typed);
        LanguageAssert.Chinese(Text(trend), Typed);

        var quarter = Replies(await TurnAsync(lin, "command", "复盘 季度"));
        Assert.Contains("直播 GMV", quarter, StringComparison.Ordinal);
        Assert.Contains("3.6万", quarter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_reviewed_with_the_teams_own_template_asks_its_questions_and_feeds_the_quarter()
    {
        var (lin, zhou, _) = await PeopleAsync();
        Message(await TurnAsync(lin, "command", "复盘 直播 添加 12-02 20:00 45分钟 \"配饰加场\" @zhou.min@example.com USD 模板 quick-stream"));

        await PassAtAsync(new DateTimeOffset(2026, 12, 2, 13, 20, 0, TimeSpan.Zero));
        var prompt = Assert.Single(await InboxAsync(zhou));
        var open = Button(prompt.GetProperty("message"), "stream.review.open");
        var form = (await TurnAsync(zhou, "button", actionId: open.ActionId, value: open.Value)).GetProperty("replies")[0];
        var fields = form.GetProperty("fields").EnumerateArray().Select(FieldId).ToList();
        Assert.Equal(["gmv", "orders", "goods-rating", "best-seller", "change"], fields.Select(f => f[(f.LastIndexOf('|') + 1)..]));
        LanguageAssert.Chinese(Text(form), [.. Typed, "quick-stream"]);

        var values = fields.ToDictionary(f => f, f => f.EndsWith("gmv", StringComparison.Ordinal) ? "12000" : f.EndsWith("orders", StringComparison.Ordinal) ? "150" : f.EndsWith("best-seller", StringComparison.Ordinal) ? Choice(form, f) : f.EndsWith("rating", StringComparison.Ordinal) ? "5" : "早点开播");
        var saved = Message(await TurnAsync(zhou, "form", formId: form.GetProperty("formId").GetString(), values: values));
        LanguageAssert.Chinese(Text(saved), [.. Typed, "配饰加场"]);

        var quarter = Replies(await TurnAsync(lin, "command", "复盘 季度"));
        Assert.Contains("1.2万", quarter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_stream_tips_schedule_a_stream_for_the_demo_manager_in_either_language_and_trend_it()
    {
        var people = (await (await _client.PostAsync(new Uri("/playground/demo", UriKind.Relative), null, Ct)).Content.ReadFromJsonAsync<PlaygroundPeople>(Ct))!.People;
        var mei = people.Single(p => p.Name == "Mei Lin").Id;
        var text = (await _client.GetFromJsonAsync<Dictionary<string, Dictionary<string, string>>>(new Uri("/playground/text", UriKind.Relative), Ct))!;

        var english = Message(await TurnAsync(mei, "command", text["en-US"]["TipStreamAdd"]));
        // Mei reads zh-CN; the Chinese tip schedules a second stream with the same words in Chinese.
        var chinese = Message(await TurnAsync(mei, "command", text["zh-CN"]["TipStreamAdd"]));
        var trend = Replies(await TurnAsync(mei, "command", text["zh-CN"]["TipStreams"]));

        Assert.Equal("已安排直播“Winter coats live”", english.GetProperty("headline").GetString());
        Assert.Equal("已安排直播“冬季外套直播”", chinese.GetProperty("headline").GetString());
        LanguageAssert.Chinese(trend, "Export Sales", "2026-Q4", "GMV");
    }

    private async Task<(string Lin, string Zhou, string Chen)> PeopleAsync()
    {
        var (file, errors) = OkrFileReader.Read(LiveSelling);
        Assert.True(file is not null, string.Join(Environment.NewLine, errors));
        await new OkrImporter(_host.Services.GetRequiredService<ReviewBot.Storage.Database>(), _time).ImportAsync(file, dryRun: false, Ct);
        var people = (await _client.GetFromJsonAsync<PlaygroundPeople>(new Uri("/playground/people", UriKind.Relative), Ct))!.People;
        string Id(string name) => people.Single(p => p.Name == name).Id;
        return (Id("Lin Hua"), Id("Zhou Min"), Id("Chen Jie"));
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

    private async Task<List<JsonElement>> ChannelAsync(string memberId) =>
        [.. (await _client.GetFromJsonAsync<JsonElement>(new Uri($"/playground/channel?memberId={memberId}", UriKind.Relative), Ct)).GetProperty("posts").EnumerateArray()];

    private static JsonElement Message(JsonElement turn) => turn.GetProperty("replies").EnumerateArray().First(r => r.GetProperty("kind").GetString() == "message");

    private static string Replies(JsonElement turn) => string.Join(Environment.NewLine, turn.GetProperty("replies").EnumerateArray().Select(Text));

    /// <summary>Every string a reply shows, whatever its kind: headline, lines, facts, fields, buttons.</summary>
    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        // A button's value is the stream's id, not something anyone reads.
        JsonValueKind.Object => string.Join(Environment.NewLine, element.EnumerateObject()
            .Where(p => p.Name is not ("kind" or "formId" or "id" or "actionId" or "audience" or "url" or "unit" or "style" or "placement" or "toMemberId" or "group") && !(p.Name == "value" && element.TryGetProperty("actionId", out _)))
            .Select(p => Text(p.Value)).Where(t => t.Length > 0)),
        JsonValueKind.Array => string.Join(Environment.NewLine, element.EnumerateArray().Select(Text).Where(t => t.Length > 0)),
        _ => "",
    };

    private static (string ActionId, string Value) Button(JsonElement message, string actionId)
    {
        var button = message.GetProperty("buttons").EnumerateArray().Single(b => b.GetProperty("actionId").GetString() == actionId);
        return (actionId, button.GetProperty("value").GetString()!);
    }

    private static string Choice(JsonElement form, string fieldId) =>
        form.GetProperty("fields").EnumerateArray().Single(f => FieldId(f) == fieldId).GetProperty("choices")[0].GetProperty("value").GetString()!;

    private static string FieldId(JsonElement field) => field.GetProperty("id").GetString()!;

    private static string? Error(JsonElement field) => field.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null;

    private static string FieldError(JsonElement form, string question) =>
        Error(form.GetProperty("fields").EnumerateArray().Single(f => FieldId(f).EndsWith(question, StringComparison.Ordinal)))
        ?? throw new InvalidOperationException($"{question} has no error");

    /// <summary>Every field of the live-stream review filled in: the numbers given, a 4 for each rating, a word for each comment.</summary>
    private static Dictionary<string, string> StreamValues(JsonElement form, string viewers, string peak, string gmv) =>
        form.GetProperty("fields").EnumerateArray().Select(FieldId).ToDictionary(id => id, id => id switch
        {
            _ when id.EndsWith("peak-viewers", StringComparison.Ordinal) => peak,
            _ when id.EndsWith("viewers", StringComparison.Ordinal) => viewers,
            _ when id.EndsWith("gmv", StringComparison.Ordinal) => gmv,
            _ when id.EndsWith("watch-time", StringComparison.Ordinal) => "3",
            _ when id.EndsWith("orders", StringComparison.Ordinal) => "400",
            _ when id.EndsWith("conversion", StringComparison.Ordinal) => "3.2",
            _ when id.EndsWith("rating", StringComparison.Ordinal) => "4",
            _ => "节奏不错",
        });

    /// <summary>The text dialog's next question ("第 2 题，共 14 题"), or null once it has stopped asking.</summary>
    private static JsonElement? Question(JsonElement turn) =>
        turn.GetProperty("replies").EnumerateArray().LastOrDefault(r => r.GetProperty("headline").GetString()?.Contains("题，共", StringComparison.Ordinal) == true) is { ValueKind: JsonValueKind.Object } question
            ? question
            : null;

    private static string AnswerTo(string question, string hint) => question switch
    {
        _ when question.Contains("最高", StringComparison.Ordinal) => "600",
        _ when question.Contains("峰值", StringComparison.Ordinal) => "600",
        _ when question.Contains("时长", StringComparison.Ordinal) => "2",
        _ when question.Contains("观看人数", StringComparison.Ordinal) => "900",
        _ when question.Contains("订单", StringComparison.Ordinal) => "300",
        _ when question.Contains("GMV", StringComparison.Ordinal) => "24000",
        _ when question.Contains("转化", StringComparison.Ordinal) => "2.8",
        _ when hint.Contains('5', StringComparison.Ordinal) => "4",
        _ => "还可以",
    };
}
