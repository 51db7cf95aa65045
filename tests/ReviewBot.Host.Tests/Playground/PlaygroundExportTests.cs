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
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Playground;

/// <summary>The playground has nowhere to upload the team file <c>review plan export</c> writes: it comes as a download holding the file.</summary>
public class PlaygroundExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_exported_team_file_is_a_download_on_the_page_that_the_import_reads()
    {
        using var folder = new TemporaryFolder();
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", folder.FullPath);
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero)));
            });
        });
        using var client = host.CreateClient();
        var people = await (await client.PostAsync(new Uri("/playground/demo", UriKind.Relative), null, Ct)).Content.ReadFromJsonAsync<PlaygroundPeople>(Ct);
        var mei = people!.People.Single(p => p.Name == "Mei Lin");

        var response = await client.PostAsync(
            new Uri("/playground/turn", UriKind.Relative),
            new StringContent($$"""{"memberId": "{{mei.Id}}", "kind": "command", "text": "review plan export 2026-Q4"}""", Encoding.UTF8, "application/json"),
            Ct);

        // A note where she typed it, and the file in her own direct messages (the page shows both in her chat).
        var replies = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("replies").EnumerateArray().ToList();
        Assert.Equal(2, replies.Count);
        var reply = replies.Single(r => r.TryGetProperty("links", out var links) && links.GetArrayLength() > 0);
        Assert.False(reply.TryGetProperty("files", out _));
        var link = reply.GetProperty("links").EnumerateArray().Single();
        Assert.Equal("download", link.GetProperty("kind").GetString());
        Assert.Equal("export-sales-2026-Q4.yaml", link.GetProperty("label").GetString());
        const string Prefix = "data:application/yaml;charset=utf-8;base64,";
        var url = link.GetProperty("url").GetString()!;
        Assert.StartsWith(Prefix, url, StringComparison.Ordinal);
        var (file, errors) = OkrFileReader.Read(Encoding.UTF8.GetString(Convert.FromBase64String(url[Prefix.Length..])));
        Assert.Empty(errors);
        Assert.Equal(["export-revenue", "customer-experience"], file!.Objectives.Select(o => o.Objective.Key));
    }
}
