using System.Globalization;

namespace ReviewBot.Core.Planning;

/// <summary>What a manager's edit changed in a proposal, key result by key result, for the member it belongs to.</summary>
internal static class PlanChanges
{
    public static string Describe(IReadOnlyList<ProposedKeyResult> before, IReadOnlyList<ProposedKeyResult> after, CultureInfo culture)
    {
        var lines = new List<string>();
        var old = before.GroupBy(k => k.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in after.OrderBy(k => k.Position))
        {
            var line = PlanReviewView.KeyResultLine(k, culture);
            if (!old.TryGetValue(k.Key, out var was))
            {
                lines.Add(PlanReviewText.ChangeAdded(culture, PlanReviewView.KeyResultLabel(k, culture), line));
                continue;
            }

            kept.Add(k.Key);
            if (was with { Position = k.Position } != k)
            {
                lines.Add(PlanReviewText.ChangeChanged(culture, PlanReviewView.KeyResultLabel(k, culture), PlanReviewView.KeyResultLine(was, culture), line));
            }
        }

        lines.AddRange(before.Where(k => !kept.Contains(k.Key) && !after.Any(a => a.Key == k.Key)).Select(k => PlanReviewText.ChangeRemoved(culture, PlanReviewView.KeyResultLabel(k, culture))));
        return lines.Count == 0 ? PlanReviewText.NothingChanged(culture) : string.Join('\n', lines.Select(l => $"• {l}"));
    }
}
