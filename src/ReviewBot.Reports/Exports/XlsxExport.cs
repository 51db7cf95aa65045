using System.Globalization;
using ReviewBot.Core.Reviews.Model;
using SpreadCheetah;

namespace ReviewBot.Reports.Exports;

/// <summary>
/// The review as a workbook: "Key results", "Check-ins", "Roll-ups" (with last quarter beside this one)
/// and "Participation", sheet names, headers and words in the reader's language. Every number is a typed
/// cell with a number format, so it sums and sorts as a number in Excel; the culture does not format them,
/// since Excel shows typed numbers in its own locale.
/// </summary>
internal static class XlsxExport
{
    private static readonly (Func<CultureInfo, string> Header, double Width)[] KeyResultColumns =
    [
        (ExportText.ColumnObjective, 34), (ExportText.ColumnKeyResult, 34), (ExportText.ColumnOwner, 18), (ExportText.ColumnMarket, 14),
        (ExportText.ColumnUnit, 10), (ExportText.ColumnStart, 16), (ExportText.ColumnTarget, 16), (ExportText.ColumnActual, 16),
        (ExportText.ColumnDifference, 16), (ExportText.ColumnAttainment, 12), (ExportText.ColumnScore, 8), (ExportText.ColumnColour, 9),
        (ExportText.ColumnLatestConfidence, 17), (ExportText.ColumnDirection, 10), (ExportText.ColumnCheckIns, 10),
    ];

    private static readonly (Func<CultureInfo, string> Header, double Width)[] CheckInColumns =
    [
        (ExportText.ColumnObjective, 34), (ExportText.ColumnKeyResult, 34), (ExportText.ColumnOwner, 18), (ExportText.ColumnMarket, 14),
        (ExportText.ColumnUnit, 10), (ExportText.ColumnWeek, 7), (ExportText.ColumnValue, 16), (ExportText.ColumnScore, 8),
        (ExportText.ColumnColour, 9), (ExportText.ColumnConfidence, 12),
    ];

    private static readonly (Func<CultureInfo, string> Header, double Width)[] RollupColumns =
    [
        (ExportText.ColumnKind, 16), (ExportText.ColumnGroup, 34), (ExportText.ColumnMarket, 14), (ExportText.ColumnKeyResults, 11),
        (ExportText.ColumnScore, 8), (ExportText.ColumnColour, 9), (ExportText.ColumnCurrency, 10), (ExportText.ColumnMoneyTarget, 18),
        (ExportText.ColumnMoneyActual, 18), (ExportText.ColumnMoneyDifference, 18), (ExportText.ColumnMoneyAttainment, 17),
        (ExportText.ColumnPreviousScore, 14), (ExportText.ColumnPreviousMoneyActual, 21), (ExportText.ColumnMoneyChangeOnPrevious, 24),
    ];

    private static readonly (Func<CultureInfo, string> Header, double Width)[] ParticipationColumns =
    [
        (ExportText.ColumnMember, 22), (ExportText.ColumnMarket, 14), (ExportText.ColumnWeeksCheckedIn, 17), (ExportText.ColumnWeeksDue, 11),
        (ExportText.ColumnShare, 9),
    ];

    /// <summary>The sheets' names in <paramref name="culture"/>'s language, in the workbook's order.</summary>
    public static IReadOnlyList<string> SheetNames(CultureInfo culture) =>
        [ExportText.SheetKeyResults(culture), ExportText.SheetCheckIns(culture), ExportText.SheetRollups(culture), ExportText.SheetParticipation(culture)];

    public static async Task<byte[]> WriteAsync(QuarterReview review, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            var styles = XlsxStyles.AddTo(spreadsheet);
            await KeyResultsAsync(spreadsheet, styles, [.. KeyResultRow.Of(review, culture)], culture, cancellationToken);
            await CheckInsAsync(spreadsheet, styles, [.. CheckInRow.Of(review, culture)], culture, cancellationToken);
            await RollupsAsync(spreadsheet, styles, review.Rollups, culture, cancellationToken);
            await ParticipationAsync(spreadsheet, styles, review.Participation, culture, cancellationToken);
            await spreadsheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    private static async Task KeyResultsAsync(Spreadsheet spreadsheet, XlsxStyles styles, List<KeyResultRow> rows, CultureInfo culture, CancellationToken cancellationToken)
    {
        await XlsxSheet.StartAsync(spreadsheet, styles, ExportText.SheetKeyResults(culture), Headed(KeyResultColumns, culture), rows.Count, cancellationToken);
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

    private static async Task CheckInsAsync(Spreadsheet spreadsheet, XlsxStyles styles, List<CheckInRow> rows, CultureInfo culture, CancellationToken cancellationToken)
    {
        await XlsxSheet.StartAsync(spreadsheet, styles, ExportText.SheetCheckIns(culture), Headed(CheckInColumns, culture), rows.Count, cancellationToken);
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

    private static async Task RollupsAsync(Spreadsheet spreadsheet, XlsxStyles styles, IReadOnlyList<RollupLine> lines, CultureInfo culture, CancellationToken cancellationToken)
    {
        await XlsxSheet.StartAsync(spreadsheet, styles, ExportText.SheetRollups(culture), Headed(RollupColumns, culture), lines.Count, cancellationToken);
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
                    new Cell(ExportValues.Kind(line.Kind, culture)), new Cell(line.Label), new Cell(line.Market), new Cell(line.Current.KeyResultCount),
                    new Cell(ExportValues.Ratio(line.Current.Score), styles.Score), new Cell(ExportValues.Colour(line.Current.Color, culture)),
                    new Cell(money?.Currency), new Cell(money?.Target, styles.Amount), new Cell(money?.Actual, styles.Amount),
                    new Cell(money?.Difference, styles.Amount), new Cell(money?.Attainment is { } a ? ExportValues.Ratio(a) : null, styles.Percent),
                    new Cell(line.Previous is { } previous ? ExportValues.Ratio(previous.Score) : null, styles.Score),
                    new Cell(previousMoney?.Actual, styles.Amount), new Cell(change, styles.Amount),
                ],
                cancellationToken);
        }
    }

    private static async Task ParticipationAsync(Spreadsheet spreadsheet, XlsxStyles styles, IReadOnlyList<Participation> people, CultureInfo culture, CancellationToken cancellationToken)
    {
        await XlsxSheet.StartAsync(spreadsheet, styles, ExportText.SheetParticipation(culture), Headed(ParticipationColumns, culture), people.Count, cancellationToken);
        foreach (var person in people)
        {
            await spreadsheet.AddRowAsync(
                [
                    new Cell(person.Member.Name), new Cell(person.Member.Market), new Cell(person.Received), new Cell(person.Expected),
                    new Cell(person.Share is { } share ? ExportValues.Ratio(share) : null, styles.Percent),
                ],
                cancellationToken);
        }
    }

    private static (string Header, double Width)[] Headed((Func<CultureInfo, string> Header, double Width)[] columns, CultureInfo culture) =>
        [.. columns.Select(c => (c.Header(culture), c.Width))];
}
