using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>A live stream's review form, opened from its prompt by its host (Andy, reading Chinese) and crew (Ben, reading English).</summary>
public class StreamReviewFormTests
{
    private static readonly string[] Typed = ["Andy Miller", "Ben Weber", "Mia Manager", "Andy", "Ben", "Black Friday EU", "EUR", "Good energy", "The countdown deals", "Test the sound first"];

    private readonly TestTeam _team = new(andyLocale: "zh-CN");

    [Fact]
    public async Task The_form_names_the_stream_asks_its_gmv_in_the_streams_currency_and_each_rating_as_five_choices()
    {
        var stream = _team.BlackFriday();

        var andys = (await _team.PressAsync(_team.Andy, ActionIds.OpenStreamReview, stream.Id)).Form();
        var bens = (await _team.PressAsync(_team.Ben, ActionIds.OpenStreamReview, stream.Id)).Form();

        Assert.Equal(FormIds.StreamReview("live-stream", stream.Id, _team.Andy.Id), andys.FormId);
        Assert.Equal("“Black Friday EU”的直播复盘", andys.Title);
        Assert.Contains("“Black Friday EU”", andys.Intro, StringComparison.Ordinal);
        Assert.Contains("11月19日", andys.Intro, StringComparison.Ordinal);
        Assert.Equal("EUR", andys.Field("gmv").Unit);
        Assert.Null(andys.Field("viewers").Unit);
        Assert.Equal(["1", "2", "3", "4", "5"], andys.Field("people-rating").Choices!.Select(c => c.Value));
        Assert.Equal("5 – 非常好", andys.Field("people-rating").Choices![4].Label);
        LanguageAssert.Chinese(andys.Text(), Typed);

        Assert.Equal("Live-stream review: Black Friday EU", bens.Title);
        Assert.Equal(FieldKind.Choice, bens.Field("scene-rating").Kind);
        Assert.Equal(["1 – poor", "2 – fair", "3 – good", "4 – very good", "5 – excellent"], bens.Field("goods-rating").Choices!.Select(c => c.Label));
        Assert.Contains("“Black Friday EU”, Donnerstag, 19. November, 13:00–14:30.", bens.Intro, StringComparison.Ordinal);
        LanguageAssert.English(bens.Text(), Typed);
    }

    [Fact]
    public async Task A_filled_form_records_the_answers_about_the_stream_and_reads_them_back_in_the_readers_culture()
    {
        var stream = _team.BlackFriday();
        var form = (await _team.PressAsync(_team.Andy, ActionIds.OpenStreamReview, stream.Id)).Form();

        var reply = (await _team.SubmitAsync(_team.Andy, form.FormId, TestStreams.FullReview(gmv: "1.25万"), submissionId: "s-1")).Message();

        Assert.Equal("已记录你对“Black Friday EU”的复盘。", reply.Headline);
        var facts = reply.Sections.Single().Facts;
        Assert.Contains(facts, f => f.Value == "4/5");
        Assert.Contains(facts, f => f.Label == "观看人数" && f.Value == "12,000");
        Assert.Contains(facts, f => f.Value.Contains("1.25万", StringComparison.Ordinal));
        LanguageAssert.Chinese(reply.Text(), Typed);
        var gmv = Assert.Single(_team.Store.Answers, a => a.QuestionId == "gmv");
        Assert.Equal(("12500", stream.Id, TestTeam.Q4, stream.WeekNumber, "live-stream"), (gmv.Text, gmv.SubjectId, gmv.Quarter, gmv.WeekNumber, gmv.TemplateId));
        Assert.Equal("4", _team.Store.Answers.Single(a => a.QuestionId == "people-rating").Text);
    }

    [Fact]
    public async Task A_form_with_a_negative_count_a_fraction_of_an_order_and_a_peak_above_viewers_saves_nothing_and_says_what_would_work()
    {
        var stream = _team.BlackFriday();
        var form = (await _team.PressAsync(_team.Ben, ActionIds.OpenStreamReview, stream.Id)).Form();
        var values = TestStreams.FullReview(viewers: "500", peak: "900", conversion: "120 %");
        values["orders"] = "-3";
        values["watch-time"] = "6,5";

        var invalid = (await _team.SubmitAsync(_team.Ben, form.FormId, values)).Form();

        Assert.Empty(_team.Store.Answers);
        Assert.Equal("Orders can't be negative; give 0 or more, for example 42.", invalid.Field("orders").Error);
        Assert.StartsWith("Average watch time in minutes is counted in whole numbers, and 6,5 is not one", invalid.Field("watch-time").Error, StringComparison.Ordinal);
        Assert.Equal("Peak concurrent viewers (900) can't be more than viewers (500); check both and give the peak again.", invalid.Field("peak-viewers").Error);
        Assert.StartsWith("Conversion rate is a percentage from 0 to 100", invalid.Field("conversion").Error, StringComparison.Ordinal);
        Assert.Null(invalid.Field("viewers").Error);
        Assert.Equal("-3", invalid.Field("orders").Value);
        LanguageAssert.English(invalid.Text(), Typed);
    }

    [Fact]
    public async Task A_form_without_its_required_ratings_asks_for_them_in_the_readers_language()
    {
        var stream = _team.BlackFriday();
        var form = (await _team.PressAsync(_team.Andy, ActionIds.OpenStreamReview, stream.Id)).Form();
        var values = TestStreams.FullReview();
        values.Remove("people-rating");
        values["scene-rating"] = "great";

        var invalid = (await _team.SubmitAsync(_team.Andy, form.FormId, values)).Form();

        Assert.Equal("请打分，从 1 到 5 选一个。", invalid.Field("people-rating").Error);
        Assert.Equal("“great”不是评分。请输入 1 到 5 的整数，例如 4、4/5 或 4分。", invalid.Field("scene-rating").Error);
        Assert.Empty(_team.Store.Answers);
    }

    [Fact]
    public async Task The_same_submission_twice_records_once_and_a_different_one_replaces_the_members_earlier_answers()
    {
        var stream = _team.BlackFriday();
        var form = (await _team.PressAsync(_team.Ben, ActionIds.OpenStreamReview, stream.Id)).Form();
        await _team.SubmitAsync(_team.Ben, form.FormId, TestStreams.FullReview(conversion: "1,25 %"), submissionId: "s-1");

        var repeated = (await _team.SubmitAsync(_team.Ben, form.FormId, TestStreams.FullReview(conversion: "1,25 %"), submissionId: "s-1")).Message();
        Assert.Equal("Already recorded: your review of “Black Friday EU”.", repeated.Headline);
        Assert.Single(_team.Store.Answers, a => a.QuestionId == "gmv");

        _team.Time.Advance(TimeSpan.FromMinutes(5));
        var values = TestStreams.FullReview(gmv: "13000", conversion: "1,25 %");
        var replaced = (await _team.SubmitAsync(_team.Ben, form.FormId, values, submissionId: "s-2")).Message();

        Assert.Equal("Recorded your review of “Black Friday EU”, replacing your earlier answers.", replaced.Headline);
        var latest = await _team.Store.StreamAnswersAsync(TestTeam.WorkspaceId, [stream.Id], TestContext.Current.CancellationToken);
        Assert.Equal("13000", Assert.Single(latest, a => a.QuestionId == "gmv").Text);
    }

    [Fact]
    public async Task Someone_outside_the_host_and_crew_is_told_whose_review_it_is_and_nothing_is_saved()
    {
        var stream = _team.BlackFriday();
        var andysForm = (await _team.PressAsync(_team.Andy, ActionIds.OpenStreamReview, stream.Id)).Form();

        var pressed = (await _team.PressAsync(_team.Mia, ActionIds.OpenStreamReview, stream.Id)).Message();
        var submitted = (await _team.SubmitAsync(_team.Mia, andysForm.FormId, TestStreams.FullReview())).Message();
        var ownForm = FormIds.StreamReview("live-stream", stream.Id, _team.Mia.Id);
        var own = (await _team.SubmitAsync(_team.Mia, ownForm, TestStreams.FullReview())).Message();

        Assert.Equal("This is the review of “Black Friday EU”, for its host Andy Miller and its crew: Ben Weber.", pressed.Headline);
        Assert.Equal(pressed.Headline, own.Headline);
        Assert.NotEqual(pressed.Headline, submitted.Headline);
        Assert.Empty(_team.Store.Answers);
    }

    [Fact]
    public async Task A_form_submitted_after_the_answer_window_is_refused_clearly()
    {
        var stream = _team.BlackFriday();
        var form = (await _team.PressAsync(_team.Andy, ActionIds.OpenStreamReview, stream.Id)).Form();
        _team.Time.Advance(TimeSpan.FromHours(5));

        var late = await _team.SubmitAsync(_team.Andy, form.FormId, TestStreams.FullReview());
        var bens = await _team.PressAsync(_team.Ben, ActionIds.OpenStreamReview, stream.Id);

        Assert.Equal("“Black Friday EU”的复盘已在11月20日（周五） 09:00截止，不再接收回答。", late.Message().Headline);
        LanguageAssert.Chinese(late.Text(), Typed);
        Assert.StartsWith("The review of “Black Friday EU” closed ", bens.Message().Headline, StringComparison.Ordinal);
        Assert.Empty(_team.Store.Answers);
    }
}
