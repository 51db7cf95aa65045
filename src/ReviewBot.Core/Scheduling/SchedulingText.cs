using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Scheduling;

/// <summary>What the scheduler's own messages say, in the reader's language: SchedulingText.resx and its translations.</summary>
internal static class SchedulingText
{
    private static readonly TextCatalog Catalog = new(typeof(SchedulingText));

    public static string CheckInIsInTheMessageAbove(CultureInfo culture) => Catalog.Say(culture, nameof(CheckInIsInTheMessageAbove));
}
