using ReviewBot.Core.CheckIns;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>The value that counts for one week of a key result (the latest check-in of that week) and its score then.</summary>
public sealed record WeekValue(int Week, decimal Value, decimal Score, Confidence Confidence);
