using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace ReviewBot.Reports.Exports;

/// <summary>Starts a worksheet the way every sheet of the export starts: column widths, a bold header row frozen in place, a filter on it.</summary>
internal static class XlsxSheet
{
    public static async Task StartAsync(
        Spreadsheet spreadsheet,
        XlsxStyles styles,
        string name,
        IReadOnlyList<(string Header, double Width)> columns,
        int rowCount,
        CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{ColumnLetter(columns.Count)}{rowCount + 1}"),
        };
        for (var column = 0; column < columns.Count; column++)
        {
            options.Column(column + 1).Width = columns[column].Width;
        }

        await spreadsheet.StartWorksheetAsync(name, options, cancellationToken);
        await spreadsheet.AddHeaderRowAsync([.. columns.Select(c => c.Header)], styles.Header, cancellationToken);
    }

    private static string ColumnLetter(int column)
    {
        var letters = string.Empty;
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }
}
