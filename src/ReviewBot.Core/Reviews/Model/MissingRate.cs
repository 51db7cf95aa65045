using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>
/// Why the review's money totals are left out: the team has no rate from <paramref name="Currency"/> to its
/// reporting currency for the quarter. Kept as figures, not as a sentence, so each reader is told in their language.
/// </summary>
public sealed record MissingRate(string Currency, string ReportingCurrency, Quarter Quarter);
