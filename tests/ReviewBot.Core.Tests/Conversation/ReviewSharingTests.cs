using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Tests.Conversation;

public class ReviewSharingTests
{
    private readonly TestTeam _team = new();
    private readonly RecordingReviewReports _reports = new();

    public ReviewSharingTests()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 7, 14_000_000m);
        _team.ShareReports(_reports, _reports);
    }

    [Fact]
    public async Task A_requested_review_links_to_its_report_page_and_exports_in_the_readers_locale()
    {
        var review = (await _team.SayAsync(_team.Ben, "review quarter")).Message();

        var subject = Assert.Single(_reports.Shared);
        Assert.Equal((TestTeam.WorkspaceId, _team.Team.Id, TestTeam.Q4, "ben", "de-DE"), (subject.WorkspaceId, subject.TeamId, subject.Quarter, subject.PersonId, subject.Locale));
        Assert.Equal(["Open the full report", "Download CSV", "Download Excel"], review.Links.Select(l => l.Label));
        Assert.Equal([LinkKind.Page, LinkKind.Download, LinkKind.Download], review.Links.Select(l => l.Kind));
        Assert.Equal("https://bot.example.com/reports/token1/attainment.png", review.Images[0].Url);
        Assert.Contains("against 100%", review.Images[0].AltText, StringComparison.Ordinal);
        // Read privately, the attainment chart goes along (Slack puts it in the reader's own direct messages).
        Assert.Equal("ExportSales-BenWeber-2026-Q4-attainment.png", Assert.Single(review.Files).FileName);
        Assert.Equal(["attainment Ben Weber 2026-Q4 de-DE"], _reports.Written);
    }

    [Fact]
    public async Task A_review_posted_to_the_channel_carries_its_charts_as_files_in_the_teams_locale()
    {
        var posted = (await _team.SayAsync(_team.Mia, "review quarter post")).Message();

        Assert.Equal(ReplyAudience.Channel, posted.Audience);
        Assert.Equal(["ExportSales-2026-Q4-attainment.png", "ExportSales-2026-Q4-revenue.png"], posted.Files.Select(f => f.FileName));
        Assert.All(posted.Files, f => Assert.Equal("image/png", f.ContentType));
        Assert.Equal(["attainment Export Sales 2026-Q4 en-US", "revenue Export Sales 2026-Q4 en-US"], _reports.Written);
        Assert.Null(Assert.Single(_reports.Shared).PersonId);
    }

    [Theory]
    [InlineData("review quarter csv", "ExportSales-2026-Q4.csv", "text/csv", "Download CSV")]
    [InlineData("review quarter xlsx", "ExportSales-2026-Q4.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Download Excel")]
    [InlineData("review quarter excel", "ExportSales-2026-Q4.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Download Excel")]
    public async Task A_manager_exports_the_review_as_a_file_with_a_download_link(string command, string fileName, string contentType, string link)
    {
        var export = (await _team.SayAsync(_team.Mia, command)).Message();

        Assert.Equal(fileName, Assert.Single(export.Files).FileName);
        Assert.Equal(contentType, export.Files[0].ContentType);
        Assert.Equal(link, export.Links[0].Label);
        Assert.Equal(LinkKind.Download, export.Links[0].Kind);
        Assert.Equal(ReplyAudience.Requester, export.Audience);
    }

    [Fact]
    public async Task A_member_exports_only_their_own_key_results()
    {
        var export = (await _team.SayAsync(_team.Andy, "review quarter last csv")).Message();

        Assert.Equal("Andy Miller has no key results in 2026-Q3.", export.Sections.Single().Text?.Replace("owns no", "has no", StringComparison.Ordinal));
        var own = (await _team.SayAsync(_team.Andy, "review quarter csv")).Message();
        Assert.Equal("ExportSales-AndyMiller-2026-Q4.csv", Assert.Single(own.Files).FileName);
        Assert.Equal("andy", _reports.Shared.Single().PersonId);
    }

    [Fact]
    public async Task Posting_and_exporting_at_once_is_refused_with_what_would_work()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review quarter post csv")).Message();

        Assert.Equal("review quarter posts the review to the channel or exports it, not both at once.", reply.Headline);
        Assert.Empty(_reports.Shared);
    }

    [Fact]
    public async Task Without_a_report_host_the_review_is_its_text_and_exports_say_they_are_unavailable()
    {
        _team.Restart();

        var review = (await _team.SayAsync(_team.Mia, "review quarter")).Message();
        var export = (await _team.SayAsync(_team.Mia, "review quarter csv")).Message();

        Assert.Empty(review.Links);
        Assert.Empty(review.Images);
        Assert.Equal("Exports are not available on this host, so there is no CSV file.", export.Headline);
    }

    [Fact]
    public async Task The_quarter_review_posted_by_itself_links_to_the_teams_report_and_attaches_its_charts()
    {
        var post = await _team.Engine.QuarterReviewPostAsync(_team.Team, TestTeam.Q4, TestContext.Current.CancellationToken);

        Assert.Equal("Open the full report", post.Links[0].Label);
        Assert.Equal(2, post.Files.Count);
        Assert.Equal("en-US", _reports.Shared.Single().Locale);
    }
}
