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
using ReviewBot.Host.Import;
using ReviewBot.Host.Playground;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Playground;

/// <summary>The team channel view's API, teams of any playground workspace, the icon, and images and links in replies.</summary>
public sealed class PlaygroundChannelTests : IAsyncDisposable
{
    private static readonly DateTimeOffset FridayOfWeek8 = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();
    private readonly WebApplicationFactory<Program> _host;
    private readonly HttpClient _client;

    public PlaygroundChannelTests()
    {
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", _folder.FullPath);
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(FridayOfWeek8));
            });
        });
        _client = _host.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_team_imported_into_a_playground_workspace_other_than_the_demo_can_be_spoken_as()
    {
        var yaml = DemoTeam.Yaml()
            .Replace("id: demo ", "id: acme-trading ", StringComparison.Ordinal)
            .Replace("name: Demo Trading Co.", "name: Acme Trading", StringComparison.Ordinal);
        var (file, errors) = OkrFileReader.Read(yaml);
        Assert.Empty(errors);
        await new OkrImporter(_host.Services.GetRequiredService<ReviewBot.Storage.Database>()).ImportAsync(file!, dryRun: false, Ct);

        var people = await _client.GetFromJsonAsync<PlaygroundPeople>(new Uri("/playground/people", UriKind.Relative), Ct);
        var mei = people!.People.Single(p => p.Name == "Mei Lin");
        var reply = await TurnAsync(mei.Id, "review help");

        Assert.Equal("Acme Trading", people.Workspace);
        Assert.Equal(("Acme Trading", "Export Sales", "manager"), (mei.Workspace, mei.Team, mei.Role));
        // Mei reads zh-CN, so the bot answers her in Chinese.
        Assert.Equal("Mei，你可以这样用", reply.GetProperty("replies")[0].GetProperty("headline").GetString());
    }

    [Fact]
    public async Task The_teams_of_every_playground_workspace_are_listed_side_by_side()
    {
        await _client.PostAsync(new Uri("/playground/demo", UriKind.Relative), null, Ct);
        var (file, _) = OkrFileReader.Read(DemoTeam.Yaml().Replace("id: demo ", "id: second ", StringComparison.Ordinal).Replace("name: Demo Trading Co.", "name: Second Co.", StringComparison.Ordinal));
        await new OkrImporter(_host.Services.GetRequiredService<ReviewBot.Storage.Database>()).ImportAsync(file!, dryRun: false, Ct);

        var people = await _client.GetFromJsonAsync<PlaygroundPeople>(new Uri("/playground/people", UriKind.Relative), Ct);

        Assert.Equal(["Demo Trading Co.", "Second Co."], people!.People.Select(p => p.Workspace).Distinct());
        Assert.Equal(8, people.People.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_review_a_manager_posts_appears_in_the_team_channel_for_everyone_on_the_team_with_who_asked_for_it()
    {
        var people = (await (await _client.PostAsync(new Uri("/playground/demo", UriKind.Relative), null, Ct)).Content.ReadFromJsonAsync<PlaygroundPeople>(Ct))!.People;
        var (mei, andy) = (people.Single(p => p.Name == "Mei Lin"), people.Single(p => p.Name == "Andy Miller"));

        var turn = await TurnAsync(mei.Id, "review quarter last post");
        var channel = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/playground/channel?memberId={andy.Id}", UriKind.Relative), Ct);

        Assert.Equal(FridayOfWeek8, turn.GetProperty("sentAt").GetDateTimeOffset());
        var post = Assert.Single(channel.GetProperty("posts").EnumerateArray());
        Assert.Equal(("Mei Lin", true), (post.GetProperty("postedBy").GetString(), post.GetProperty("toChannel").GetBoolean()));
        Assert.Equal(FridayOfWeek8, post.GetProperty("sentAt").GetDateTimeOffset());
        Assert.StartsWith("Export Sales · 2026-Q3 review", post.GetProperty("message").GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.Equal("channel", post.GetProperty("message").GetProperty("audience").GetString());
    }

    [Fact]
    public async Task The_channel_view_of_someone_unknown_is_a_400_that_says_so()
    {
        var response = await _client.GetAsync(new Uri("/playground/channel?memberId=nobody", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nobody with id 'nobody'", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/playground/icon.svg", "image/svg+xml")]
    public async Task The_page_has_an_icon(string path, string mediaType)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public void A_message_reaches_the_page_with_its_images_and_links_and_without_the_bytes_of_its_files()
    {
        var reply = new MessageReply
        {
            Headline = "Quarter review",
            Images = [new MessageImage("https://example.test/chart.png", "Score by key result")],
            Links = [new MessageLink("Open the report", "https://example.test/report"), new MessageLink("Download CSV", "https://example.test/review.csv", LinkKind.Download)],
            Files = [new MessageFile("review.csv", "text/csv", new byte[] { 1, 2, 3 }, "Review")],
        };

        var json = JsonSerializer.SerializeToElement<Reply>(reply, PlaygroundJson.Options);

        Assert.Equal(("https://example.test/chart.png", "Score by key result"), (json.GetProperty("images")[0].GetProperty("url").GetString(), json.GetProperty("images")[0].GetProperty("altText").GetString()));
        Assert.Equal(["page", "download"], json.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal("Download CSV", json.GetProperty("links")[1].GetProperty("label").GetString());
        Assert.False(json.TryGetProperty("files", out _));
    }

    private async Task<JsonElement> TurnAsync(string memberId, string text)
    {
        var body = new StringContent(JsonSerializer.Serialize(new { memberId, kind = "command", text }), Encoding.UTF8, "application/json");
        var response = await _client.PostAsync(new Uri("/playground/turn", UriKind.Relative), body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
