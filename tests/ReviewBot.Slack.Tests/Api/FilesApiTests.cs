using System.Text;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Tests.Api;

public class FilesApiTests
{
    [Fact]
    public async Task Uploads_a_file_through_the_external_pair_and_shares_it_to_a_channel()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var csv = Encoding.UTF8.GetBytes("owner,kr,actual\nAndy,US revenue,75000000\n");

        var file = await h.Client.Files.UploadAsync("q3-review.csv", csv, "Q3 review", "C0SALES", "The Q3 numbers", TestContext.Current.CancellationToken);

        Assert.StartsWith("F", file.Id, StringComparison.Ordinal);
        Assert.Equal("Q3 review", file.Title);
        var asked = Assert.Single(h.Slack.CallsTo("files.getUploadURLExternal"));
        Assert.StartsWith("application/x-www-form-urlencoded", asked.ContentType, StringComparison.Ordinal);
        Assert.Equal("q3-review.csv", asked.Form["filename"]);
        Assert.Equal(csv.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), asked.Form["length"]);
        var completed = Assert.Single(h.Slack.CallsTo("files.completeUploadExternal"));
        Assert.Equal("C0SALES", completed.Arg("channel_id"));
        Assert.Equal("The Q3 numbers", completed.Arg("initial_comment"));
        Assert.Equal(file.Id, (string?)completed.JsonArg("files")?[0]?["id"]);
        var upload = Assert.Single(h.Slack.Uploads);
        Assert.True(upload.Completed);
        Assert.Equal(csv, upload.Content);
    }

    [Fact]
    public async Task The_bytes_go_to_the_upload_url_without_the_bot_token()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        var target = await h.Client.Files.GetUploadUrlExternalAsync("notes.txt", 5, ct);
        await h.Client.Files.UploadToUrlAsync(target.UploadUrl, "hello"u8.ToArray(), ct);
        var files = await h.Client.Files.CompleteUploadExternalAsync([new FileUpload(target.FileId, "Notes")], cancellationToken: ct);

        Assert.Equal(target.FileId, Assert.Single(files).Id);
        var upload = Assert.Single(h.Slack.Uploads);
        Assert.Equal("", upload.UploadAuthorization);
        Assert.Null(upload.ChannelId);
        Assert.Null(h.Slack.CallsTo("files.completeUploadExternal")[0].Arg("channel_id"));
    }

    [Fact]
    public async Task Completing_a_file_whose_bytes_never_arrived_is_file_not_found()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var target = await h.Client.Files.GetUploadUrlExternalAsync("notes.txt", 5, ct);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Files.CompleteUploadExternalAsync([new FileUpload(target.FileId)], cancellationToken: ct));

        Assert.Equal("file_not_found", e.Error);
    }
}
