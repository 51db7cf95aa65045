using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Teams;

/// <summary>What the Teams adapter itself says (not the engine), in the reader's language: TeamsText.resx and its translations beside it.</summary>
internal static class TeamsText
{
    private static readonly TextCatalog Catalog = new(typeof(TeamsText));

    public static string AlreadyDone(CultureInfo culture) => Catalog.Say(culture, nameof(AlreadyDone));

    public static string Done(CultureInfo culture) => Catalog.Say(culture, nameof(Done));

    public static string FieldIsRequired(CultureInfo culture, string label) => Catalog.Say(culture, nameof(FieldIsRequired), label);
}
