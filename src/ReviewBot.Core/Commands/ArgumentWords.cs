namespace ReviewBot.Core.Commands;

/// <summary>
/// The words a command reads after its verb, in English and in Chinese (复盘 签到 文字 is review checkin text),
/// so a Chinese reader types the words the Chinese help shows them.
/// </summary>
internal static class ArgumentWords
{
    private static readonly HashSet<string> Text = new(StringComparer.OrdinalIgnoreCase) { "text", "chat", "文字", "文本", "逐项" };

    private static readonly HashSet<string> Retro = new(StringComparer.OrdinalIgnoreCase) { "retro", "回顾" };

    private static readonly HashSet<string> Post = new(StringComparer.OrdinalIgnoreCase) { "post", "发布", "分享" };

    private static readonly HashSet<string> LastQuarter = new(StringComparer.OrdinalIgnoreCase) { "last", "previous", "prev", "上季度", "上个季度", "上季" };

    private static readonly HashSet<string> ThisQuarter = new(StringComparer.OrdinalIgnoreCase) { "this", "current", "本季度", "这个季度", "本季" };

    private static readonly HashSet<string> Export = new(StringComparer.OrdinalIgnoreCase) { "export", "file", "导出", "文件" };

    private static readonly HashSet<string> Mine = new(StringComparer.OrdinalIgnoreCase) { "mine", "my", "own", "我的", "自己" };

    private static readonly HashSet<string> Clear = new(StringComparer.OrdinalIgnoreCase) { "clear", "cancel", "remove", "delete", "清除", "取消", "删除" };

    /// <summary>
    /// What joins two days besides "..", also inside one word: "2026-12-22至2027-01-02", "2026-12-22~2027-01-02".
    /// A hyphen is not among them, as the days hold hyphens; it joins only as a word of its own.
    /// </summary>
    public static IReadOnlyList<string> DayJoins { get; } = ["至", "到", "~", "～", "–", "—"];

    public static bool IsText(string word) => Text.Contains(word);

    public static bool IsRetro(string word) => Retro.Contains(word);

    public static bool IsPost(string word) => Post.Contains(word);

    public static bool IsLastQuarter(string word) => LastQuarter.Contains(word);

    public static bool IsThisQuarter(string word) => ThisQuarter.Contains(word);

    public static bool IsClear(string word) => Clear.Contains(word);

    public static bool IsExport(string word) => Export.Contains(word);

    public static bool IsMine(string word) => Mine.Contains(word);

    /// <summary>A word of its own between the first and last day: "2026-12-22 至 2027-01-02", "2026-12-22 - 2027-01-02".</summary>
    public static bool IsRangeJoin(string word) => word is ".." or "-" || DayJoins.Contains(word);
}
