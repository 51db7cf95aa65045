using System.Globalization;
using ReviewBot.Core.Reviews.Model;
using SpreadCheetah;

namespace ReviewBot.Reports.Exports;

/// <summary>
/// The review as a workbook: "Key results", "Check-ins", "Roll-ups" (with last quarter beside this one)
/// and "Participation". Every number is a typed cell with a number format, so it sums and sorts as a
/// number in Excel; the culture is not needed for that, since Excel shows typed numbers in its own locale.
/// </summary>
internal static class XlsxExport
{
    public const string KeyResultsSheet = "Key results";
    public const string CheckInsSheet = "Check-ins";
    public const string RollupsSheet = "Roll-ups";
    public const string ParticipationSheet = "Participation";

    private static readonly (string, double)[] KeyResultColumns =
    [
        ("Objective", 34), ("Key result", 34), ("Owner", 18), ("Market", 14), ("Unit", 10), ("Start", 16), ("Target", 16),
        ("Actual", 16), ("Difference", 16), ("Attainment", 12), ("Score", 8), ("Colour", 9), ("Latest confidence", 17),
        ("Direction", 10), ("Check-ins", 10),
    ];

    private static readonly (string, double)[] CheckInColumns =
    [
        ("Objective", 34), ("Key result", 34), ("Owner", 18), ("Market", 14), ("Unit", 10), ("Week", 7), ("Value", 16),
        ("Score", 8), ("Colour", 9), ("Confidence", 12),
    ];

    private static readonly (string, double)[] RollupColumns =
    [
        ("Kind", 16), ("Group", 34), ("Market", 14), ("Key results", 11), ("Score", 8), ("Colour", 9), ("Currency", 10),
        ("Money target", 18), ("Money actual", 18), ("Money difference", 18), ("Money attainment", 17),
        ("Previous score", 14), ("Previous money actual", 21), ("Money change on previous", 24),
    ];

    private static readonly (string, double)[] ParticipationColumns =
    [
        ("Member", 22), ("Market", 14), ("Weeks checked in", 17), ("Weeks due", 11), ("Share", 9),
    ];

    public static async Task<byte[]> WriteAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            var styles = XlsxStyles.AddTo(spreadsheet);
            await KeyResultsAsync(spreadsheet, styles, [.. KeyResultRow.Of(review)], cancellationToken);
            await CheckInsAsync(spreadsheet, styles, [.. CheckInRow.Of(review)], cancellationToken);
            await RollupsAsync(spreadsheet, styles, review.Rollups, cancellationToken);
            await ParticipationAsync(spreadsheet, styles, review.Participation, cancellationToken);
            await spreadsheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    private static async Task KeyResultsAsync(Spreadsheet spreadsheet, XlsxStyles styles, List<KeyResultRow> rows, CancellationToken cancellationToken)
    {
        await XlsxSheet.StartAsync(spreadsheet, styles, KeyResultsSheet, KeyResultColumns, rows.Count, cancellationToken);
        foreach (var row in rows)
        {
            await spreadsheet.AddRowAsync(
                [
                    new Cell(row.Objective), new Cell(row.KeyResult), new Cell(row.Owner), new Cell(row.Market), new Cell(row.Unit),
                    new Cell(row.Start, styles.Amount), new Cell(row.Target, styles.Amount), new Cell(row.Actual, styles.Amount),
                    new Cell(row.Difference, styles.Amount), new Cell(row.Attainment, styles.Percent), new Cell(row.Score, styles.Score),
                    new Cell(row.Colour), new Cell(row.LatestConfidence), new Cell(row.Direction), new Cell(row.CheckIns),
                ],
                cancellationToken);
        }
    }

    private static async Task CheckInsAsync(Spreadsheet spreadsheet, XlsxStyles styles, List<CheckInRow> rows, CancellationToken cancellationToken)
    {
        await XlsxSheet.StartAsync(spreadsheet, styles, CheckInsSheet, CheckInColumns, rows.Count, cancellationToken);
        foreach (var row in rows)
        {
            await spreadsheet.AddRowAsync(
                [
                    new Cell(row.Objective), new Cell(row.KeyResult), new Cell(row.Owner), new Cell(row.Market), new Cell(row.Unit),
                    new Cell(row.Week), new Cell(row.Value, styles.Amount), new Cell(row.Score, styles.Score), new Cell(row.Colour),
                    new Cell(row.Confidence),
                ],
                cancellationToken);
        }
    }

    private static async Task RollupsAsync(Spreadsheet spreadsheet, XlsxStyles styles, IReadOnlyList<RollupLine> lines, CancellationToken cancellationToken)
    {
        await XlsxSheet.StartAsync(spreadsheet, styles, RollupsSheet, RollupColumns, lines.Count, cancellationToken);
        foreach (var line in lines)
        {
            var money = line.Current.Money;
            var previousMoney = line.Previous?.Money;
            // Only comparable when both quarters are summed in the same reporting currency.
            decimal? change = money is not null && previousMoney is not null && previousMoney.Currency == money.Currency
                ? money.Actual - previousMoney.Actual
                : null;
            await spreadsheet.AddRowAsync(
                [
                    new Cell(RollupKindText(line.Kind)), new Cell(line.Label), new Cell(line.Market), new Cell(line.Current.KeyResultCount),
                    new Cell(ExportText.Ratio(line.Current.Score), styles.Score), new Cell(ExportText.Colour(line.Current.Color)),
                    new Cell(money?.Currency), new Cell(money?.Target, styles.Amount), new Cell(money?.Actual, styles.Amount),
                    new Cell(money?.Difference, styles.Amount), new Cell(money?.Attainment is { } a ? ExportText.Ratio(a) : null, styles.Percent),
                    new Cell(line.Previous is { } previous ? ExportText.Ratio(previous.Score) : null, styles.Score),
                    new Cell(previousMoney?.Actual, styles.Amount), new Cell(change, styles.Amount),
                ],
                cancellationToken);
        }
    }

    private static async Task ParticipationAsync(Spreadsheet spreadsheet, XlsxStyles styles, IReadOnlyList<Participation> people, CancellationToken cancellationToken)
    {
        await XlsxSheet.StartAsync(spreadsheet, styles, ParticipationSheet, ParticipationColumns, people.Count, cancellationToken);
        foreach (var person in people)
        {
            await spreadsheet.AddRowAsync(
                [
                    new Cell(person.Member.Name), new Cell(person.Member.Market), new Cell(person.Received), new Cell(person.Expected),
                    new Cell(person.Share is { } share ? ExportText.Ratio(share) : null, styles.Percent),
                ],
                cancellationToken);
        }
    }

    private static string RollupKindText(RollupKind kind) => kind switch
    {
        RollupKind.Objective => "objective",
        RollupKind.Person => "person",
        RollupKind.Market => "market",
        RollupKind.PersonInMarket => "person in market",
        _ => "team",
    };
}
