using ReviewBot.Core.Text;

namespace ReviewBot.Core.Tests.Lessons;

public class LessonExcerptTests
{
    [Fact]
    public void A_short_answer_is_kept_whole_with_its_spacing_tidied()
    {
        Assert.Equal("Quote in dollars from day one.", Excerpt.Of("  Quote in dollars\n from day one. ", 400));
    }

    [Fact]
    public void A_long_answer_is_cut_at_a_word_and_ends_in_an_ellipsis_within_the_limit()
    {
        var answer = string.Join(' ', Enumerable.Repeat("Freight from Ningbo cost more.", 30));

        var cut = Excerpt.Of(answer, 100);

        Assert.True(cut.Length <= 100, cut);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.DoesNotContain(" …", cut, StringComparison.Ordinal);
        Assert.StartsWith(cut[..^1], answer, StringComparison.Ordinal);
        // Cut where a word ends: the answer goes on with a space.
        Assert.Equal(' ', answer[cut.Length - 1]);
    }

    [Fact]
    public void Chinese_without_spaces_is_cut_at_the_limit_and_never_inside_a_surrogate_pair()
    {
        var chinese = Excerpt.Of(new string('价', 50), 10);
        var emoji = Excerpt.Of("价价价价价价价价😀😀😀", 10);

        Assert.Equal(new string('价', 9) + "…", chinese);
        Assert.False(char.IsHighSurrogate(emoji[^2]), emoji);
        Assert.True(emoji.Length <= 10, emoji);
    }
}
