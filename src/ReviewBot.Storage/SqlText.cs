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

    /// <summary>
    /// <see cref="ToInstant"/> straight from the UTF-8 bytes SQLite holds, digit by digit: a large team's quarter has
    /// tens of thousands of instants to read. False for anything but exactly <see cref="InstantFormat"/>'s form, for
    /// <see cref="ToInstant"/> to read (or reject) as it always did.
    /// </summary>
    public static bool TryReadInstant(ReadOnlySpan<byte> text, out DateTimeOffset instant)
    {
        instant = default;
        // yyyy-MM-ddTHH:mm:ss.fffffffZ
        if (text.Length != 28 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[27] != 'Z')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..10], out var day)
            || !TryDigits(text[11..13], out var hour) || !TryDigits(text[14..16], out var minute) || !TryDigits(text[17..19], out var second)
            || !TryDigits(text[20..27], out var ticks))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        instant = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks));
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    public static Quarter ToQuarter(string text) => Quarter.Parse(text);

    public static TEnum ToEnum<TEnum>(string text, bool ignoreCase = false)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text, ignoreCase);
}
