using System.Globalization;
using System.Text;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Planning;

/// <summary>
/// The rules a proposed key result follows, the OKR import's own (unit known, values readable, a target that moves,
/// a basis, keys of lower-case letters, digits and dashes), with errors that say what was wrong and what would work,
/// in the reader's language. The member's form, their text dialog and a manager's edit all check through here.
/// </summary>
internal static class ProposalRules
{
    private static readonly string[] PercentWords = ["%", "percent", "percentage", "pct", "百分比", "百分数", "百分点"];
    private static readonly string[] MilestoneWords = ["milestone", "里程碑", "节点"];

    /// <summary>Names of the Chinese currency people write instead of its code.</summary>
    private static readonly string[] YuanWords = ["rmb", "人民币", "元"];

    private static readonly Lazy<HashSet<string>> CurrencyCodes = new(KnownCurrencyCodes);

    /// <summary>A key: lower-case letters and digits, joined by single dashes, like the import's <c>us-revenue</c>.</summary>
    public static bool IsKey(string key) =>
        key.Length > 0
        && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && key[0] != '-' && key[^1] != '-'
        && !key.Contains("--", StringComparison.Ordinal);

    /// <summary>
    /// Reads a unit as a person types it: a currency code (USD, eur, RMB), "%"/percent/百分比, milestone/里程碑, or
    /// the name of what is counted ("accounts"). Null with <paramref name="error"/> when it is none of these.
    /// </summary>
    public static KeyResultUnit? ReadUnit(string? text, CultureInfo culture, out string? error)
    {
        var unit = (text ?? "").Trim();
        error = null;
        if (unit.Length == 0)
        {
            error = PlanningText.UnitMissing(culture);
            return null;
        }

        if (PercentWords.Contains(unit, StringComparer.OrdinalIgnoreCase))
        {
            return KeyResultUnit.Percentage;
        }

        if (MilestoneWords.Contains(unit, StringComparer.OrdinalIgnoreCase))
        {
            return KeyResultUnit.Milestone;
        }

        if (YuanWords.Contains(unit, StringComparer.OrdinalIgnoreCase))
        {
            return KeyResultUnit.Currency("CNY");
        }

        if (unit.Length == 3 && unit.All(char.IsAsciiLetter) && CurrencyCodes.Value.Contains(unit.ToUpperInvariant()))
        {
            return KeyResultUnit.Currency(unit);
        }

        // What is counted has a name in words; a number or a sign alone names nothing.
        if (unit.Length > 40 || !unit.Any(char.IsLetter) || unit.Any(c => char.IsDigit(c) || c is '|' or '{' or '}'))
        {
            error = PlanningText.UnitUnknown(culture, unit);
            return null;
        }

        return KeyResultUnit.Count(unit);
    }

    /// <summary>The unit as the form shows it and <see cref="ReadUnit"/> reads it back: USD, %, milestone (里程碑), accounts.</summary>
    public static string UnitText(KeyResultUnit unit, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit switch
        {
            CurrencyUnit currency => currency.IsoCode,
            PercentageUnit => "%",
            MilestoneUnit => PlanningText.MilestoneWord(culture),
            CountUnit count => count.Name,
            _ => unit.Describe(),
        };
    }

    /// <summary>A start or target in the unit, read in the reader's culture; null with the parser's message when unreadable.</summary>
    public static decimal? ReadValue(string? text, KeyResultUnit unit, CultureInfo culture, string title, out string? error)
    {
        var result = ValueParser.Parse(text, unit, culture, title.Length > 0 ? title : PlanningText.ThisKeyResult(culture));
        error = result.IsSuccess ? null : result.Error.Message;
        return result.IsSuccess ? result.Value : null;
    }

    /// <summary>The error when a target does not move from its start; null when it does.</summary>
    public static string? MovesError(decimal start, decimal target, KeyResultUnit unit, CultureInfo culture) =>
        start == target ? PlanningText.TargetEqualsStart(culture, ValueFormatter.Format(start, unit, culture)) : null;

    /// <summary>
    /// A milestone goes from not done to done: its start and target, when given at all, must say just that.
    /// Null when they do (or are empty), else the error to show beside it.
    /// </summary>
    public static string? MilestoneValueError(string? text, bool isTarget, CultureInfo culture)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
        {
            return null;
        }

        var read = ValueParser.Parse(value, KeyResultUnit.Milestone, culture, "");
        var expected = isTarget ? MilestoneUnit.Done : MilestoneUnit.NotDone;
        return read.IsSuccess && read.Value == expected ? null : PlanningText.MilestoneHasNoStartOrTarget(culture);
    }

    /// <summary>
    /// A key from a title: its words in lower-case letters and digits joined by dashes ("US revenue" → us-revenue),
    /// unique among <paramref name="taken"/>; a title without such letters (a Chinese one) gets <paramref name="fallback"/>-1, -2….
    /// </summary>
    public static string KeyFor(string title, IReadOnlyCollection<string> taken, string fallback)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(taken);
        var slug = Slug(title);
        if (slug.Length == 0)
        {
            for (var n = 1; ; n++)
            {
                var numbered = string.Create(CultureInfo.InvariantCulture, $"{fallback}-{n}");
                if (!taken.Contains(numbered))
                {
                    return numbered;
                }
            }
        }

        if (!taken.Contains(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var numbered = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            if (!taken.Contains(numbered))
            {
                return numbered;
            }
        }
    }

    /// <summary>Titles compared as a reader would: case and surrounding spaces do not make two titles different.</summary>
    public static bool SameTitle(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Slug(string title)
    {
        var slug = new StringBuilder();
        var dash = false;
        foreach (var c in title.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                if (dash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(c);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        // Long titles make long keys; the first words name it well enough.
        var key = slug.ToString();
        return key.Length <= 40 ? key : key[..40].TrimEnd('-');
    }

    private static HashSet<string> KnownCurrencyCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                codes.Add(new RegionInfo(culture.Name).ISOCurrencySymbol);
            }
            catch (ArgumentException)
            {
                // A culture without a region names no currency.
            }
        }

        return codes;
    }
}
