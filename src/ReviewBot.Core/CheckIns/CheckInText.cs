using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.CheckIns;

/// <summary>How confidences are named and doubtful values questioned, in the reader's language: CheckInText.resx and its translations.</summary>
internal static class CheckInText
{
    private static readonly TextCatalog Catalog = new(typeof(CheckInText));

    public static string OnTrack(CultureInfo culture) => Catalog.Say(culture, nameof(OnTrack));

    public static string AtRisk(CultureInfo culture) => Catalog.Say(culture, nameof(AtRisk));

    public static string OffTrack(CultureInfo culture) => Catalog.Say(culture, nameof(OffTrack));

    public static string FarAbovePercentRange(CultureInfo culture, string value, string hundred) => Catalog.Say(culture, nameof(FarAbovePercentRange), value, hundred);

    public static string AbovePercentRange(CultureInfo culture, string value, string hundred) => Catalog.Say(culture, nameof(AbovePercentRange), value, hundred);

    public static string BelowPercentRange(CultureInfo culture, string value, string hundred) => Catalog.Say(culture, nameof(BelowPercentRange), value, hundred);

    public static string BelowZero(CultureInfo culture, string value, string keyResult, string start, string target) => Catalog.Say(culture, nameof(BelowZero), value, keyResult, start, target);

    public static string FarAboveTarget(CultureInfo culture, string value, string target) => Catalog.Say(culture, nameof(FarAboveTarget), value, target);

    public static string FarAboveStart(CultureInfo culture, string value, string keyResult, string start) => Catalog.Say(culture, nameof(FarAboveStart), value, keyResult, start);

    public static string BelowEarlierWeek(CultureInfo culture, string value, string earlier, int week, string keyResult) => Catalog.Say(culture, nameof(BelowEarlierWeek), value, earlier, week, keyResult);

    public static string TinyNextToTarget(CultureInfo culture, string value, string target) => Catalog.Say(culture, nameof(TinyNextToTarget), value, target);

    public static string RunningTotalGuess(CultureInfo culture, string total, string earlier, string added) => Catalog.Say(culture, nameof(RunningTotalGuess), total, earlier, added);

    public static string DoubtInForm(CultureInfo culture, string problem, string kept) => Catalog.Say(culture, nameof(DoubtInForm), problem, kept);

    public static string DoubtInFormWithGuess(CultureInfo culture, string problem, string suggested, string kept) => Catalog.Say(culture, nameof(DoubtInFormWithGuess), problem, suggested, kept);

    public static string DoubtInText(CultureInfo culture, string problem, string kept) => Catalog.Say(culture, nameof(DoubtInText), problem, kept);

    public static string DoubtInTextWithGuess(CultureInfo culture, string problem, string suggested, string kept) => Catalog.Say(culture, nameof(DoubtInTextWithGuess), problem, suggested, kept);
}
