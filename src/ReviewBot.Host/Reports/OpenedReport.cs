using System.Globalization;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Host.Reports;

/// <summary>A shared report rebuilt from the database as it stands now, with the culture its link was made for.</summary>
internal sealed record OpenedReport(QuarterReview Review, CultureInfo Culture)
{
    /// <summary>"ExportSales-2026-Q3", or "ExportSales-AndyMiller-2026-Q3" for one owner's review.</summary>
    public string FileName(string extension)
    {
        static string Compact(string name) => new([.. name.Where(char.IsLetterOrDigit)]);
        var team = Compact(Review.Team.Name);
        var person = Review.Person is { } member ? "-" + Compact(member.Name) : "";
        return $"{(team.Length > 0 ? team : "Review")}{person}-{Review.Quarter.Id}.{extension}";
    }
}
