using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>
/// Puts a currency's sign on an amount the way the culture's readers expect it: "US$75M", "3,4 Mio. €",
/// "R$ 7,2 mi", "1.5億円". Every sign written here is one <see cref="CurrencyMarks"/> reads back.
/// </summary>
internal static class CurrencySymbols
{
    public static string Put(string amount, string isoCode, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;

        // Japanese count yen after the number, as they say it: "1.5億円", "5000万円".
        if (isoCode == "JPY" && language == "ja")
        {
            return amount + "円";
        }

        var symbol = Symbol(isoCode);
        var isCode = symbol == isoCode;

        // Only which side the symbol goes on comes from the culture; the glyphs stay tight ("US$75M")
        // and codes always get a space ("CHF 3.4M") so they never run into the digits. Portuguese is the
        // exception: its readers write "R$ 7,2 mi", and "R$7,2 mi" looks like a typo to them.
        return culture.NumberFormat.CurrencyPositivePattern switch
        {
            1 when !isCode => amount + symbol,
            1 or 3 => amount + " " + symbol,
            2 when language == "pt" => symbol + " " + amount,
            _ when isCode => symbol + " " + amount,
            _ => symbol + amount,
        };
    }

    // "US$" rather than "$" because the same team reports in several dollar currencies; "R$" is the real's
    // own sign everywhere, so Brazilian revenue never reads as the code "BRL".
    private static string Symbol(string isoCode) => isoCode switch
    {
        "USD" => "US$",
        "EUR" => "€",
        "GBP" => "£",
        "INR" => "₹",
        "CNY" => "CN¥",
        "JPY" => "JP¥",
        "BRL" => "R$",
        _ => isoCode,
    };
}
