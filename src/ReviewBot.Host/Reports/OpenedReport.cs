using System.Globalization;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Host.Reports;

/// <summary>A shared report rebuilt from the database as it stands now, with the culture its link was made for.</summary>
internal sealed record OpenedReport(QuarterReview Review, CultureInfo Culture)
{
    public string FileName(string extension) => $"{Review.FileStem}.{extension}";
}
