using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>A value written in full for editing (never shortened to 12.3M), so that saving an unchanged form keeps it exact.</summary>
public static class ValueText
{
    public static string ForEditing(decimal value, CultureInfo culture) =>
        value.ToString("#,0.##########", culture);
}
