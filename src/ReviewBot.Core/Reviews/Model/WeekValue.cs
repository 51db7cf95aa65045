using ReviewBot.Core.CheckIns;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>The value that counts for one week of a key result (the latest check-in of that week) and its score then.</summary>
/// <remarks>A value, not an object: a large team's review holds one for each of tens of thousands of key-result weeks.</remarks>
public readonly record struct WeekValue(int Week, decimal Value, decimal Score, Confidence Confidence);
