using System.Globalization;
using ReviewBot.Core.Periods;

namespace ReviewBot.Storage;

/// <summary>
/// The text forms values take in a SQLite database (PostgreSQL stores them as native types). Always
/// invariant, whatever culture the host runs in, so a database written on a German machine reads the same
/// on an American one.
/// </summary>
internal static class SqlText
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal ToDecimal(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ToDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static TimeOnly ToTime(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ToInstant(string text) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc));

    public static Quarter ToQuarter(string text) => Quarter.Parse(text);

    public static TEnum ToEnum<TEnum>(string text, bool ignoreCase = false)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text, ignoreCase);
}
