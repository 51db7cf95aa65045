namespace ReviewBot.Core.Dialogs;

/// <summary>
/// The words that steer a check-in rather than answer it, in English and in Chinese. Both are read whatever
/// the reader's language: a team writes both, and a word a member reads in one reply must work in the next.
/// </summary>
public static class AnswerWords
{
    private static readonly string[] SkipWords = ["skip", "跳过", "略过", "先跳过"];
    private static readonly string[] BackWords = ["back", "返回", "上一题", "上一步", "回上一题"];
    private static readonly string[] CancelWords = ["cancel", "取消", "不填了"];
    private static readonly string[] SameWords = ["same", "不变", "没变", "同上", "照旧", "和上周一样", "跟上周一样", "和上次一样", "跟上次一样"];
    private static readonly string[] NoneWords = ["none", "无", "没有"];

    /// <summary>The answers that keep a value the dialog asked about ("did you mean 9.5%?").</summary>
    private static readonly string[] KeepWords = ["yes", "y", "keep", "是", "是的", "对", "没错", "保留"];

    public static bool IsSkip(string text) => Is(text, SkipWords);

    public static bool IsBack(string text) => Is(text, BackWords);

    public static bool IsCancel(string text) => Is(text, CancelWords);

    /// <summary>Keeps a key result's value as it was: in the form as in the text dialog.</summary>
    public static bool IsSame(string text) => Is(text, SameWords);

    public static bool IsNone(string text) => Is(text, NoneWords);

    public static bool IsKeep(string text) => Is(text, KeepWords);

    // "跳过。" and "Skip!" are the same answers; chat punctuation should not change what a word means.
    private static bool Is(string text, string[] words) =>
        words.Contains(text.Trim().TrimEnd('.', '!', '。', '！').Trim(), StringComparer.OrdinalIgnoreCase);
}
