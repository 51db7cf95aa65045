namespace ReviewBot.Core;

/// <summary>How far apart two words are (Levenshtein), to name the command or field someone meant.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    /// <summary>The candidate closest to <paramref name="word"/>, ignoring case; null when there are none.</summary>
    public static string? Closest(IEnumerable<string> candidates, string word) =>
        candidates.MinBy(candidate => Between(candidate.ToLowerInvariant(), word.ToLowerInvariant()));
}
