using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.CheckIns;

/// <summary>
/// Spots values that parse but are probably typos: a percentage outside 0–100, a value ten times past
/// the key result's range, a negative amount, a running total that went down, money a hundred thousand
/// times smaller than its target. Generous on purpose: it questions slips, not bad weeks.
/// </summary>
public static class PlausibilityCheck
{
    // Ten times the target is far beyond any over-achievement a sales team reports, yet a dropped decimal point lands there.
    private const decimal FarAbove = 10m;

    // Only money: counts start small for real, but US$60 against a US$24.7M target is a missing "M".
    private const decimal FarBelowMoney = 100_000m;

    // A guess further than this from last week's value is no better than no guess.
    private const decimal SuggestionReach = 3m;

    private const int MaxScaleSteps = 9;

    private static readonly decimal[] Multipliers = [1e3m, 1e6m, 1e9m];

    /// <summary>Null when the value looks fine; otherwise what looks wrong and, where it can be worked out, what was meant.</summary>
    /// <param name="earlierWeek">The member's latest check-in on the key result in an earlier week of the quarter.</param>
    public static ValueDoubt? Check(KeyResult keyResult, decimal value, CheckIn? earlierWeek, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        ArgumentNullException.ThrowIfNull(culture);
        var problem = Find(keyResult, value, earlierWeek?.Value);
        if (problem is null)
        {
            return null;
        }

        string Text(decimal v) => ValueFormatter.Format(v, keyResult.Unit, culture);
        var previous = earlierWeek?.Value;
        var suggestion = Suggest(keyResult, value, previous, problem.Value);
        var suggested = suggestion switch
        {
            null => null,
            // A weekly amount typed where the running total goes: say where the suggestion comes from.
            decimal s when previous is { } p && s == p + value => CheckInText.RunningTotalGuess(culture, Text(s), Text(p), Text(value)),
            decimal s => Text(s),
        };
        var sentence = problem.Value switch
        {
            Problem.AbovePercentRange when value > 2 * 100m => CheckInText.FarAbovePercentRange(culture, Text(value), Text(100m)),
            Problem.AbovePercentRange => CheckInText.AbovePercentRange(culture, Text(value), Text(100m)),
            Problem.BelowPercentRange => CheckInText.BelowPercentRange(culture, Text(value), Text(100m)),
            Problem.Negative => CheckInText.BelowZero(culture, Text(value), keyResult.Title, Text(keyResult.Start), Text(keyResult.Target)),
            Problem.FarAboveRange when keyResult.Target >= keyResult.Start => CheckInText.FarAboveTarget(culture, Text(value), Text(keyResult.Target)),
            Problem.FarAboveRange => CheckInText.FarAboveStart(culture, Text(value), keyResult.Title, Text(keyResult.Start)),
            Problem.BelowEarlierWeek => CheckInText.BelowEarlierWeek(culture, Text(value), Text(earlierWeek!.Value), earlierWeek.WeekNumber, keyResult.Title),
            _ => CheckInText.TinyNextToTarget(culture, Text(value), Text(keyResult.Target)),
        };
        return new ValueDoubt(sentence, Text(value), suggested);
    }

    private enum Problem
    {
        AbovePercentRange,
        BelowPercentRange,
        Negative,
        FarAboveRange,
        BelowEarlierWeek,
        FarBelowScale,
    }

    private static Problem? Find(KeyResult keyResult, decimal value, decimal? previous)
    {
        var unit = keyResult.Unit;
        if (unit is MilestoneUnit)
        {
            return null;
        }

        var low = Math.Min(keyResult.Start, keyResult.Target);
        var high = Math.Max(keyResult.Start, keyResult.Target);
        // A key result set up outside 0–100 (growth of 150%) has said what range it lives in.
        var percentInRange = unit is PercentageUnit && low >= 0m && high <= 100m;
        if (percentInRange && value > 100m)
        {
            return Problem.AbovePercentRange;
        }

        if (percentInRange && value < 0m)
        {
            return Problem.BelowPercentRange;
        }

        if (value < 0m && low >= 0m)
        {
            return Problem.Negative;
        }

        if (high > 0m && value > high * FarAbove)
        {
            return Problem.FarAboveRange;
        }

        var runningTotal = keyResult.Direction == Direction.Increase && unit is CurrencyUnit or CountUnit;
        if (runningTotal && previous is { } last && value < last)
        {
            return Problem.BelowEarlierWeek;
        }

        return unit is CurrencyUnit && value > 0m && value * FarBelowMoney <= high && (previous is null || value < previous)
            ? Problem.FarBelowScale
            : null;
    }

    private static decimal? Suggest(KeyResult keyResult, decimal value, decimal? previous, Problem problem)
    {
        bool Plausible(decimal candidate) => candidate > 0m && Find(keyResult, candidate, previous) is null;

        switch (problem)
        {
            case Problem.AbovePercentRange or Problem.FarAboveRange:
                // A dropped decimal point or extra zeros (950% for 9.50%): the shift nearest last week's value,
                // or the target before there is one. Nobody types the leading zero of 0.95, so shifts that would
                // need one are left out unless the key result itself lives below 1.
                var near = previous is { } p && p > 0m ? p : keyResult.Target > 0m ? keyResult.Target : Math.Max(keyResult.Start, keyResult.Target);
                var smaller = Enumerable.Range(1, MaxScaleSteps).Select(k => value / Power(k)).Where(c => Plausible(c) && (c >= 1m || near < 1m));
                return Nearest([.. smaller], near, reach: null);

            case Problem.Negative or Problem.BelowPercentRange:
                return Plausible(-value) ? -value : null;

            case Problem.BelowEarlierWeek:
                var last = previous!.Value;
                var larger = Enumerable.Range(1, MaxScaleSteps).Select(k => value * Power(k)).ToList();
                // This week's amount where the running total goes: only when it is a fraction of the total so far.
                if (value > 0m && value * 100m >= last && value * 2m <= last)
                {
                    larger.Add(last + value);
                }

                return Nearest([.. larger.Where(Plausible)], last, SuggestionReach);

            default:
                var reference = previous is > 0m ? previous.Value : (keyResult.Start + keyResult.Target) / 2m;
                return Nearest([.. Multipliers.Select(m => value * m).Where(Plausible)], reference > 0m ? reference : Math.Max(keyResult.Start, keyResult.Target), reach: null);
        }
    }

    /// <summary>The candidate closest to <paramref name="reference"/> by ratio; null when none is within <paramref name="reach"/> times it.</summary>
    private static decimal? Nearest(IReadOnlyList<decimal> candidates, decimal reference, decimal? reach)
    {
        if (candidates.Count == 0 || reference <= 0m)
        {
            return null;
        }

        static double Distance(decimal candidate, decimal reference) => Math.Abs(Math.Log((double)candidate / (double)reference));
        var best = candidates.MinBy(c => Distance(c, reference));
        return reach is { } r && Distance(best, reference) > Math.Log((double)r) ? null : best;
    }

    private static decimal Power(int exponent)
    {
        var power = 1m;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10m;
        }

        return power;
    }
}
