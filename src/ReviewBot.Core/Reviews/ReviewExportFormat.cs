namespace ReviewBot.Core.Reviews;

/// <summary>The spreadsheet formats a review is exported in.</summary>
public enum ReviewExportFormat
{
    Csv,
    Xlsx,
}
