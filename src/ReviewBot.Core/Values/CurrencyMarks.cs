using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>The currency marks the reader recognises, before or after the number.</summary>
internal static class CurrencyMarks
{
    // Currencies whose everyday sign is a bare "$": dollars, plus the pesos and reais that write it too.
    private static readonly string[] DollarSignCurrencies =
    [
        "USD", "AUD", "CAD", "SGD", "HKD", "NZD", "TWD", "BSD", "BBD", "BZD", "BMD", "BND", "FJD",
        "JMD", "KYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "GYD", "MXN", "ARS", "CLP", "COP",
    ];

    // Codes that are recognised as a currency even when they are not the key result's, so that
    // "3M CHF" against a EUR key result is reported as the wrong currency rather than as gibberish.
    private static readonly string[] KnownIsoCodes =
    [
        "USD", "EUR", "GBP", "INR", "CNY", "JPY", "AUD", "CAD", "SGD", "HKD", "NZD", "CHF", "SEK",
        "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "BRL", "MXN", "ARS", "CLP", "COP",
        "PEN", "ZAR", "KRW", "TWD", "THB", "MYR", "IDR", "PHP", "VND", "AED", "SAR", "QAR", "TRY",
        "RUB", "UAH", "ILS", "EGP", "NGN", "KES", "PKR", "LKR", "BDT", "NPR",
    ];

    private static readonly Dictionary<string, CurrencyMark> MarksByText = Build();

    public static bool TryFind(string text, out CurrencyMark mark) =>
        MarksByText.TryGetValue(text, out mark!);

    /// <summary>Also accepts the key result's own ISO code, even if it is not one the reader knows.</summary>
    public static bool TryFind(string text, KeyResultUnit unit, out CurrencyMark mark)
    {
        if (TryFind(text, out mark))
        {
            return true;
        }

        if (unit is CurrencyUnit currency && string.Equals(text, currency.IsoCode, StringComparison.OrdinalIgnoreCase))
        {
            mark = Single(currency.IsoCode);
            return true;
        }

        return false;
    }

    private static Dictionary<string, CurrencyMark> Build()
    {
        var marks = new Dictionary<string, CurrencyMark>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in KnownIsoCodes)
        {
            marks[code] = Single(code);
        }

        var dollars = new CurrencyMark(ValueErrorText.Dollars, new HashSet<string>(DollarSignCurrencies, StringComparer.Ordinal));
        Add(marks, dollars, "$", "dollar", "dollars");
        Add(marks, Single("USD"), "US$", "U.S.$");
        Add(marks, Single("AUD"), "A$", "AU$");
        Add(marks, Single("CAD"), "C$", "CA$");
        Add(marks, Single("SGD"), "S$", "SG$");
        Add(marks, Single("HKD"), "HK$");
        Add(marks, Single("NZD"), "NZ$");
        Add(marks, Single("TWD"), "NT$");
        Add(marks, Single("BRL"), "R$");
        Add(marks, Single("EUR"), "€", "euro", "euros");
        Add(marks, Single("GBP"), "£", "pound", "pounds");
        Add(marks, Single("INR"), "₹", "rupee", "rupees");
        Add(marks, new CurrencyMark(ValueErrorText.Rupees, new HashSet<string>(["INR", "PKR", "LKR", "NPR"], StringComparer.Ordinal)), "Rs", "Rs.");
        Add(marks, new CurrencyMark(ValueErrorText.YuanOrYen, new HashSet<string>(["CNY", "JPY"], StringComparer.Ordinal)), "¥");
        Add(marks, Single("CNY"), "CN¥", "RMB", "元", "人民币", "yuan");
        Add(marks, Single("JPY"), "JP¥", "円", "yen");
        Add(marks, Single("KRW"), "₩");
        Add(marks, Single("TRY"), "₺");
        Add(marks, Single("RUB"), "₽");
        Add(marks, Single("ILS"), "₪");
        Add(marks, Single("CHF"), "Fr.", "SFr.");
        Add(marks, new CurrencyMark(ValueErrorText.Kronor, new HashSet<string>(["SEK", "NOK", "DKK", "ISK"], StringComparer.Ordinal)), "kr", "kr.");
        return marks;
    }

    private static CurrencyMark Single(string isoCode) =>
        new(_ => isoCode, new HashSet<string>([isoCode], StringComparer.Ordinal));

    private static void Add(Dictionary<string, CurrencyMark> marks, CurrencyMark mark, params string[] spellings)
    {
        foreach (var spelling in spellings)
        {
            marks[spelling] = mark;
        }
    }
}
