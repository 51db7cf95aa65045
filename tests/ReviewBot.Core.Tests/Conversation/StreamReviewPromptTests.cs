using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>The message that asks a stream's host and crew for its review, each in their language and time zone.</summary>
public class StreamReviewPromptTests
{
    private static readonly string[] Typed = ["Andy", "Ben", "Black Friday EU"];

    private readonly TestTeam _team = new(andyLocale: "zh-CN");

    private Task<MessageReply?> PromptAsync(Core.People.Member member, Core.Streams.LiveStream stream) =>
        _team.Engine.StreamReviewPromptAsync(member, _team.Team, stream, _team.Time.GetUtcNow(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task The_prompt_names_the_stream_when_it_ran_and_until_when_answers_are_taken_in_each_readers_language()
    {
        var stream = _team.BlackFriday();

        var andys = await PromptAsync(_team.Andy, stream);
        var bens = await PromptAsync(_team.Ben, stream);

        Assert.NotNull(andys);
        Assert.Equal("Andy，来复盘一下“Black Friday EU”吧", andys.Headline);
        Assert.Equal("直播时间：11月19日（周四） 07:00–08:30。", andys.Sections[0].Text);
        Assert.Equal("11月20日（周五） 09:00前都可以提交。", andys.Context.Single());
        Assert.Equal(
            [("去复盘", ActionIds.OpenStreamReview, stream.Id), ("在这里回答", ActionIds.StreamReviewByText, stream.Id)],
            andys.Buttons.Select(b => (b.Label, b.ActionId, b.Value!)));
        Assert.Equal(_team.Andy.Id, andys.ToMemberId);
        LanguageAssert.Chinese(andys.Text(), Typed);

        Assert.NotNull(bens);
        Assert.Equal("Ben, time to review “Black Friday EU”", bens.Headline);
        Assert.Equal(["Review it", "Answer here"], bens.Buttons.Select(b => b.Label));
        Assert.StartsWith("Answers are taken until ", bens.Context.Single(), StringComparison.Ordinal);
        LanguageAssert.English(bens.Text(), Typed);
    }

    [Fact]
    public async Task The_prompts_buttons_open_the_form_and_the_text_dialog()
    {
        var stream = _team.BlackFriday();
        var prompt = (await PromptAsync(_team.Ben, stream))!;

        var form = await _team.PressAsync(_team.Ben, prompt.Buttons[0].ActionId, prompt.Buttons[0].Value);
        var dialog = await _team.PressAsync(_team.Ben, prompt.Buttons[1].ActionId, prompt.Buttons[1].Value);

        Assert.Equal("Live-stream review: Black Friday EU", form.Form().Title);
        Assert.Equal("Live-stream review: Black Friday EU, one question at a time", Assert.IsType<MessageReply>(dialog[0]).Headline);
    }

    [Fact]
    public async Task There_is_no_prompt_for_a_reviewer_who_answered_already()
    {
        var stream = _team.BlackFriday();
        var form = (await _team.PressAsync(_team.Ben, ActionIds.OpenStreamReview, stream.Id)).Form();
        await _team.SubmitAsync(_team.Ben, form.FormId, TestStreams.FullReview(conversion: "1,25 %"));

        Assert.Null(await PromptAsync(_team.Ben, stream));
        Assert.NotNull(await PromptAsync(_team.Andy, stream));
    }

    [Fact]
    public async Task There_is_no_prompt_for_a_member_who_left_the_team_or_after_the_answers_closed()
    {
        var stream = _team.BlackFriday();
        _team.Store.Members[_team.Store.Members.IndexOf(_team.Ben)] = _team.Ben with { Active = false };

        Assert.Null(await PromptAsync(_team.Ben, stream));
        Assert.Null(await _team.Engine.StreamReviewPromptAsync(_team.Andy, _team.Team, stream, _team.Time.GetUtcNow().AddHours(5), TestContext.Current.CancellationToken));
        Assert.Null(await PromptAsync(_team.Mia, stream));
    }

    [Fact]
    public async Task An_answer_about_another_stream_does_not_count_as_answering_this_one()
    {
        var stream = _team.BlackFriday();
        _team.Store.Answers.Add(new ReviewAnswer("a-1", TestTeam.WorkspaceId, "live-stream", "viewers", _team.Ben.Id, TestTeam.Q4, 7, null, "100", _team.Time.GetUtcNow()) { SubjectId = "stream-0" });

        Assert.NotNull(await PromptAsync(_team.Ben, stream));
    }
}
