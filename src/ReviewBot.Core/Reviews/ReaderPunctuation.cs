using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// The marks that join a reader's sentences to what people typed (names, titles, comments): full width for a
/// Chinese reader, so a line never mixes "（" with " (". Marks carry no words, so they live here, not in resx.
/// </summary>
internal static class ReaderPunctuation
{
    /// <summary>"Returns rate (Wei Zhang)" or "Returns rate（Wei Zhang）".</summary>
    public static string Parenthesized(string text, string aside, CultureInfo culture) =>
        TextLanguage.ReadsChinese(culture) ? $"{text}（{aside}）" : $"{text} ({aside})";

    /// <summary>"Wei Zhang: Live-stream launches" or "Wei Zhang：Live-stream launches".</summary>
    public static string Said(string who, string what, CultureInfo culture) =>
        TextLanguage.ReadsChinese(culture) ? $"{who}：{what}" : $"{who}: {what}";

    /// <summary>Names in a row: "Andy Miller, Ben Weber" or "Andy Miller、Ben Weber".</summary>
    public static string Names(IEnumerable<string> names, CultureInfo culture) =>
        string.Join(TextLanguage.ReadsChinese(culture) ? "、" : ", ", names);

    /// <summary>Phrases in a row that may hold commas themselves: "a; b" or "a；b".</summary>
    public static string Phrases(IEnumerable<string> phrases, CultureInfo culture) =>
        string.Join(TextLanguage.ReadsChinese(culture) ? "；" : "; ", phrases);
}
