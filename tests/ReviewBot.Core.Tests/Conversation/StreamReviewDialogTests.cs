using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>A live stream's review as a text dialog, one question at a time, through the same dialog as a check-in.</summary>
public class StreamReviewDialogTests
{
    private static readonly string[] Typed = ["Andy Miller", "Ben Weber", "Mia Manager", "Andy", "Ben", "Black Friday EU", "EUR"];

    private readonly TestTeam _team = new(andyLocale: "zh-CN");

    [Fact]
    public async Task The_host_answers_in_chinese_corrects_one_impossible_number_and_the_review_is_recorded()
    {
        var stream = _team.BlackFriday();

        var opened = await _team.PressAsync(_team.Andy, ActionIds.StreamReviewByText, stream.Id);
        Assert.Equal("直播复盘：Black Friday EU，一次问一个问题", Assert.IsType<MessageReply>(opened[0]).Headline);
        Assert.Contains("观看人数", opened.Text(), StringComparison.Ordinal);
        var transcript = new List<IReadOnlyList<Reply>> { opened };
        async Task<IReadOnlyList<Reply>> Say(string text)
        {
            var replies = await _team.SayAsync(_team.Andy, text);
            transcript.Add(replies);
            return replies;
        }

        await Say("1.2万");
        var tooMany = await Say("15000");
        Assert.Equal("最高同时在线人数（15,000）不能超过观看人数（12,000）；请核对这两个数，重新填写最高在线人数。", tooMany[0].Text().Split('\n')[1]);
        Assert.Contains("最高同时在线人数", tooMany[1].Text(), StringComparison.Ordinal);
        await Say("800");
        await Say("6");
        await Say("150");
        var gmvQuestion = await Say("1.25万");
        Assert.Contains("EUR", transcript[^2].Text(), StringComparison.Ordinal);
        Assert.Contains("转化率", gmvQuestion.Text(), StringComparison.Ordinal);
        await Say("1.25%");
        await Say("4分");
        await Say("无");
        await Say("４");
        await Say("跳过");
        await Say("五");
        await Say("无");
        await Say("倒计时秒杀");
        var done = await Say("开播前先试音");

        var confirmation = done.Message();
        Assert.Equal("已记录你对“Black Friday EU”的复盘。", confirmation.Headline);
        Assert.Contains(confirmation.Sections.Single().Facts, f => f.Value == "5/5");
        LanguageAssert.Chinese(string.Join('\n', transcript.Select(r => r.Text())), Typed);
        var answers = _team.Store.Answers.Where(a => a.SubjectId == stream.Id).ToDictionary(a => a.QuestionId, a => a.Text);
        Assert.Equal("12000", answers["viewers"]);
        Assert.Equal("800", answers["peak-viewers"]);
        Assert.Equal("12500", answers["gmv"]);
        Assert.Equal(("4", "4", "5"), (answers["people-rating"], answers["goods-rating"], answers["scene-rating"]));
        Assert.False(answers.ContainsKey("goods-comment"));
        Assert.Null(await _team.Store.DialogAsync(TestTeam.WorkspaceId, _team.Andy.Id, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("4", 4)]
    [InlineData("４", 4)]
    [InlineData("四", 4)]
    [InlineData("4/5", 4)]
    [InlineData("４／５", 4)]
    [InlineData("4分", 4)]
    [InlineData("4 stars", 4)]
    [InlineData("1 star", 1)]
    [InlineData("5 out of 5", 5)]
    [InlineData("3星。", 3)]
    public void A_rating_is_read_as_people_type_it(string typed, int rating)
    {
        Assert.True(RatingAnswers.TryRead(typed, 1, 5, out var read));
        Assert.Equal(rating, read);
    }

    [Theory]
    [InlineData("6")]
    [InlineData("0")]
    [InlineData("4/10")]
    [InlineData("4.5")]
    [InlineData("good")]
    [InlineData("")]
    public void Anything_else_is_not_a_rating(string typed) =>
        Assert.False(RatingAnswers.TryRead(typed, 1, 5, out _));

    [Fact]
    public async Task A_word_for_a_rating_gets_an_error_naming_what_works_and_the_question_again()
    {
        var stream = _team.BlackFriday();
        await _team.PressAsync(_team.Ben, ActionIds.StreamReviewByText, stream.Id);
        foreach (var answer in new[] { "12000", "800", "6", "150", "12500", "1,25 %" })
        {
            await _team.SayAsync(_team.Ben, answer);
        }

        var replies = await _team.SayAsync(_team.Ben, "very good");

        Assert.Equal(2, replies.Count);
        Assert.Equal("'very good' is not a rating. Type a whole number from 1 to 5, for example 4, 4/5 or 4 stars.", Assert.IsType<MessageReply>(replies[0]).Sections.Single().Text);
        Assert.Equal("People: how well did the host present and interact with the audience? (1 to 5)", Assert.IsType<MessageReply>(replies[1]).Sections.Single().Text);
        LanguageAssert.English(replies.Text(), Typed);
    }

    [Fact]
    public async Task A_peak_is_checked_against_viewers_changed_on_the_way_back_and_the_corrected_review_records()
    {
        var stream = _team.BlackFriday();
        await _team.PressAsync(_team.Ben, ActionIds.StreamReviewByText, stream.Id);
        foreach (var answer in new[] { "12000", "800", "back", "back", "500" })
        {
            await _team.SayAsync(_team.Ben, answer);
        }

        var peakAgain = await _team.SayAsync(_team.Ben, "800");

        Assert.Equal("Peak concurrent viewers (800) can't be more than viewers (500); check both and give the peak again.", Assert.IsType<MessageReply>(peakAgain[0]).Sections.Single().Text);
        Assert.Contains("Peak concurrent viewers", peakAgain[1].Text(), StringComparison.Ordinal);
        IReadOnlyList<Reply> last = [];
        foreach (var answer in new[] { "450", "6", "150", "12500", "1,25 %", "4", "none", "3", "none", "5", "none", "Countdown deals", "Test the sound" })
        {
            last = await _team.SayAsync(_team.Ben, answer);
        }

        Assert.Equal("Recorded your review of “Black Friday EU”.", last.Message().Headline);
        Assert.Equal("450", _team.Store.Answers.Single(a => a.QuestionId == "peak-viewers").Text);
        Assert.Contains(last.Message().Sections.Single().Facts, f => f.Label == "GMV" && f.Value == "12,5 Tsd. €");
    }

    [Fact]
    public async Task Cancelling_saves_nothing_and_points_back_to_the_prompt()
    {
        var stream = _team.BlackFriday();
        await _team.PressAsync(_team.Andy, ActionIds.StreamReviewByText, stream.Id);
        await _team.SayAsync(_team.Andy, "12000");

        var cancelled = (await _team.SayAsync(_team.Andy, "取消")).Message();

        Assert.Equal("在直播复盘提醒上点“在这里回答”，重新开始。", cancelled.Context.Single());
        LanguageAssert.Chinese(cancelled.Text(), Typed);
        Assert.Empty(_team.Store.Answers);
    }

    [Fact]
    public async Task A_dialog_answered_after_the_window_closed_is_refused_and_closed()
    {
        var stream = _team.BlackFriday();
        await _team.PressAsync(_team.Ben, ActionIds.StreamReviewByText, stream.Id);
        _team.Time.Advance(TimeSpan.FromHours(5));

        var late = (await _team.SayAsync(_team.Ben, "12000")).Message();

        Assert.StartsWith("The review of “Black Friday EU” closed ", late.Headline, StringComparison.Ordinal);
        Assert.Null(await _team.Store.DialogAsync(TestTeam.WorkspaceId, _team.Ben.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_stream_dialog_takes_the_place_of_an_open_check_in_dialog_and_its_answers_go_to_the_stream()
    {
        var stream = _team.BlackFriday();
        await _team.SayAsync(_team.Ben, "review checkin text");

        var opened = await _team.PressAsync(_team.Ben, ActionIds.StreamReviewByText, stream.Id);
        var next = await _team.SayAsync(_team.Ben, "12000");

        Assert.StartsWith("Live-stream review: Black Friday EU", opened.Text(), StringComparison.Ordinal);
        Assert.Contains("Peak concurrent viewers", next.Text(), StringComparison.Ordinal);
        var state = await _team.Store.DialogAsync(TestTeam.WorkspaceId, _team.Ben.Id, TestContext.Current.CancellationToken);
        Assert.Equal((stream.Id, 1), (state!.SubjectId, state.Step));
    }

    [Fact]
    public async Task Pressing_answer_here_again_picks_up_where_the_dialog_was()
    {
        var stream = _team.BlackFriday();
        await _team.PressAsync(_team.Ben, ActionIds.StreamReviewByText, stream.Id);
        await _team.SayAsync(_team.Ben, "12000");

        var again = await _team.PressAsync(_team.Ben, ActionIds.StreamReviewByText, stream.Id);

        Assert.Equal("Picking up where you left off.", Assert.IsType<MessageReply>(again[0]).Headline);
        Assert.Contains("Peak concurrent viewers", again[1].Text(), StringComparison.Ordinal);
    }
}
