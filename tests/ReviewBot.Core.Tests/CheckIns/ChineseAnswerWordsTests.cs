using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Tests.CheckIns;

/// <summary>The Chinese a member types to answer or steer a check-in, read beside the English.</summary>
public class ChineseAnswerWordsTests
{
    [Theory]
    [InlineData("正常", Confidence.OnTrack)]
    [InlineData("按计划", Confidence.OnTrack)]
    [InlineData("进展顺利。", Confidence.OnTrack)]
    [InlineData("on track", Confidence.OnTrack)]
    [InlineData("有风险", Confidence.AtRisk)]
    [InlineData("at risk", Confidence.AtRisk)]
    [InlineData("偏离", Confidence.OffTrack)]
    [InlineData("落后", Confidence.OffTrack)]
    [InlineData("off-track", Confidence.OffTrack)]
    public void Reads_a_confidence_in_chinese_or_english(string text, Confidence expected)
    {
        Assert.True(ConfidenceText.TryRead(text, out var confidence));
        Assert.Equal(expected, confidence);
    }

    [Theory]
    [InlineData("还行")]
    [InlineData("风")]
    public void Refuses_a_word_that_is_no_confidence(string text)
    {
        Assert.False(ConfidenceText.TryRead(text, out _));
    }

    [Fact]
    public void Each_confidence_label_in_chinese_reads_back_as_itself()
    {
        var chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        foreach (var confidence in Enum.GetValues<Confidence>())
        {
            Assert.True(ConfidenceText.TryRead(ConfidenceText.Label(confidence, chinese), out var read));
            Assert.Equal(confidence, read);
        }
    }

    [Fact]
    public void Reads_the_steering_words_in_both_languages()
    {
        Assert.True(AnswerWords.IsSkip("跳过") && AnswerWords.IsSkip("skip"));
        Assert.True(AnswerWords.IsBack("返回") && AnswerWords.IsBack("上一题") && AnswerWords.IsBack("Back"));
        Assert.True(AnswerWords.IsCancel("取消。") && AnswerWords.IsCancel("cancel"));
        Assert.True(AnswerWords.IsSame("不变") && AnswerWords.IsSame("和上周一样") && AnswerWords.IsSame("same"));
        Assert.True(AnswerWords.IsNone("无") && AnswerWords.IsNone("none"));
        Assert.True(AnswerWords.IsKeep("是") && AnswerWords.IsKeep("保留") && AnswerWords.IsKeep("yes"));
        Assert.False(AnswerWords.IsSkip("跳过这个问题以后再说") || AnswerWords.IsSame("不变的是订单量"));
    }
}
