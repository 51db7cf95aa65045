namespace ReviewBot.Teams.Cards;

/// <summary>Where Teams refuses or mangles a card (protocols.md §13), and the margins we keep below it.</summary>
internal static class CardLimits
{
    /// <summary>
    /// Teams refuses a bot message over 40 KB counted as UTF-16 (413 MessageSizeTooBig). The activity around
    /// the card adds a little, so a card's JSON stays within about half of that.
    /// </summary>
    public const int CardJsonCharacters = 20_000;

    /// <summary>Past a few screens a single block is hard to read and scroll; longer text takes several blocks.</summary>
    public const int TextBlockText = 2_000;

    /// <summary>A fact's title is a narrow column; a longer label reads better as a paragraph.</summary>
    public const int FactTitle = 120;

    public const int FactValue = 1_000;

    /// <summary>A code block's text, shown twice (the block and its fallback) and escaped: 800 Chinese characters stay under 10,000 in JSON.</summary>
    public const int CodeBlockText = 800;

    /// <summary>A long list of facts is easier to scan, and to fit a card, in groups.</summary>
    public const int FactsPerSet = 20;

    /// <summary>
    /// Teams' web and desktop clients show the first six actions of an action set and drop the rest without a word
    /// (the mobile client folds them away); several sets of six show every one.
    /// </summary>
    public const int ActionsPerSet = 6;
}
