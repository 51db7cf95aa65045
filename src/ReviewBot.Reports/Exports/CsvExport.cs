using System.Globalization;
using CsvHelper;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Reports.Exports;

/// <summary>
/// The review as one CSV table, its headers and words in the reader's language. Layout: a "Row" column first
/// says what each line is, "key result" or "check-in"; every key result comes first, then every weekly check-in, all under one header row.
/// One table rather than two stacked ones because Excel then gives one header to filter, sort and pivot
/// on, and any CSV reader reads it back in one pass. Key-result lines leave Week and Value empty;
/// check-in lines fill only the key result's names, Unit, Week, Value, and Score, Colour and
/// Confidence as of that week, where a key-result line has the latest.
/// The file is written in the reader's culture, since that is how their Excel opens a CSV: the culture's
/// list separator between fields and its decimal mark in numbers. Numbers are plain (no grouping, no
/// currency symbol: the unit has its own column); attainment and score are ratios (1.049 is 104.9%).
/// UTF-8 with a byte order mark, without which Excel reads CJK titles as mojibake.
/// </summary>
internal static class CsvExport
{
    /// <summary>The header row in <paramref name="culture"/>'s language, in the order the fields are written.</summary>
    public static IReadOnlyList<string> Header(CultureInfo culture) =>
    [
        ExportText.ColumnRow(culture), ExportText.ColumnObjective(culture), ExportText.ColumnKeyResult(culture), ExportText.ColumnOwner(culture),
        ExportText.ColumnMarket(culture), ExportText.ColumnUnit(culture), ExportText.ColumnStart(culture), ExportText.ColumnTarget(culture),
        ExportText.ColumnActual(culture), ExportText.ColumnDifference(culture), ExportText.ColumnAttainment(culture), ExportText.ColumnScore(culture),
        ExportText.ColumnColour(culture), ExportText.ColumnConfidence(culture), ExportText.ColumnDirection(culture), ExportText.ColumnCheckIns(culture),
        ExportText.ColumnWeek(culture), ExportText.ColumnValue(culture),
    ];

    public static byte[] Write(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options(culture), leaveOpen: true))
        {
            csv.WriteHeader([.. Header(culture)]);
            var keyResultRow = ExportText.RowKeyResult(culture);
            foreach (var row in KeyResultRow.Of(review, culture))
            {
                WriteKeyResult(csv, keyResultRow, row);
            }

            var checkInRow = ExportText.RowCheckIn(culture);
            foreach (var row in CheckInRow.Of(review, culture))
            {
                WriteCheckIn(csv, checkInRow, row);
            }
        }

        return stream.ToArray();
    }

    public static CsvWriterOptions Options(CultureInfo culture) => CsvWriterOptions.Default with
    {
        Separator = Separator(culture),
        FormatProvider = culture,
        WriteByteOrderMark = true,
        // Titles and comments are typed by people; a text field starting "=", "+", "-" or "@" would run as a
        // formula in Excel, so CsvHelper prefixes it with an apostrophe. Numbers are never touched.
        Injection = CsvInjection.Escape,
    };

    /// <summary>
    /// The culture's list separator, as Excel uses it to split a CSV. When the culture's own is unusable
    /// (not one ASCII character, or the decimal mark itself): a semicolon where the comma is the decimal mark, else a comma.
    /// </summary>
    public static char Separator(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var separator = culture.TextInfo.ListSeparator.Trim();
        var decimalMark = culture.NumberFormat.NumberDecimalSeparator;
        if (separator.Length != 1 || !char.IsAscii(separator[0]) || separator == decimalMark || separator[0] is '"' or '\'' or '\r' or '\n')
        {
            return decimalMark == "," ? ';' : ',';
        }

        return separator[0];
    }

    private static void WriteKeyResult(CsvWriter csv, string rowType, KeyResultRow row)
    {
        csv.WriteField(rowType);
        csv.WriteField(row.Objective);
        csv.WriteField(row.KeyResult);
        csv.WriteField(row.Owner);
        csv.WriteField(row.Market);
        csv.WriteField(row.Unit);
        csv.WriteField(row.Start);
        csv.WriteField(row.Target);
        csv.WriteField(row.Actual);
        csv.WriteField(row.Difference);
        csv.WriteField(row.Attainment);
        csv.WriteField(row.Score);
        csv.WriteField(row.Colour);
        csv.WriteField(row.LatestConfidence);
        csv.WriteField(row.Direction);
        csv.WriteField(row.CheckIns);
        csv.WriteField(string.Empty);
        csv.WriteField(string.Empty);
        csv.EndRecord();
    }

    private static void WriteCheckIn(CsvWriter csv, string rowType, CheckInRow row)
    {
        csv.WriteField(rowType);
        csv.WriteField(row.Objective);
        csv.WriteField(row.KeyResult);
        csv.WriteField(row.Owner);
        csv.WriteField(row.Market);
        csv.WriteField(row.Unit);
        for (var skipped = 0; skipped < 5; skipped++)
        {
            // Start, Target, Actual, Difference, Attainment belong to the key result, not to one week.
            csv.WriteField(string.Empty);
        }

        csv.WriteField(row.Score);
        csv.WriteField(row.Colour);
        csv.WriteField(row.Confidence);
        csv.WriteField(string.Empty);
        csv.WriteField(string.Empty);
        csv.WriteField(row.Week);
        csv.WriteField(row.Value);
        csv.EndRecord();
    }
}
