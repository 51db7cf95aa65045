using SpreadCheetah;
using SpreadCheetah.Styling;

namespace ReviewBot.Reports.Exports;

/// <summary>
/// The workbook's cell styles. Number formats are stored in the file in Excel's neutral notation and shown
/// with the reader's own separators, so one workbook reads right in every locale.
/// </summary>
internal sealed class XlsxStyles
{
    private XlsxStyles(Spreadsheet spreadsheet)
    {
        Header = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        Amount = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") });
        Percent = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0%") });
        Score = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.00") });
    }

    public StyleId Header { get; }

    public StyleId Amount { get; }

    public StyleId Percent { get; }

    public StyleId Score { get; }

    public static XlsxStyles AddTo(Spreadsheet spreadsheet) => new(spreadsheet);
}
