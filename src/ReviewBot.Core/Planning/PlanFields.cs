using System.Globalization;

namespace ReviewBot.Core.Planning;

/// <summary>
/// The field ids of the planning form, shared by the form, its text dialog and a manager's edit: one row per key
/// result carried over (named by the key result it continues) and numbered rows for new ones.
/// </summary>
internal static class PlanFields
{
    public const string Keep = "keep";
    public const string Objective = "objective";
    public const string ObjectiveTitle = "objective-title";
    public const string Title = "title";
    public const string Unit = "unit";
    public const string Start = "start";
    public const string Target = "target";
    public const string Basis = "basis";

    /// <summary>The keep choice's values.</summary>
    public const string KeepIt = "keep";
    public const string DropIt = "drop";

    /// <summary>The objective choice's value for a new objective, titled in <see cref="ObjectiveTitle"/>.</summary>
    public const string NewObjective = "new";

    /// <summary>
    /// At most this many new rows are read. The rows come from the field ids a client sends (Teams posts what it
    /// likes), so a forged <c>plan.new.2147483647.title</c> must not make the form walk millions of rows.
    /// </summary>
    public const int MaxNewRows = 20;

    private const string CarriedPrefix = "plan.kr.";
    private const string NewPrefix = "plan.new.";

    public static string Carried(string keyResultId, string part) => $"{CarriedPrefix}{keyResultId}.{part}";

    public static string New(int row, string part) => string.Create(CultureInfo.InvariantCulture, $"{NewPrefix}{row}.{part}");

    /// <summary>The new rows' numbers that <paramref name="fieldIds"/> hold anything for, so a form with more rows reads whole.</summary>
    public static IEnumerable<int> NewRowsIn(IEnumerable<string> fieldIds) =>
        fieldIds
            .Where(id => id.StartsWith(NewPrefix, StringComparison.Ordinal))
            .Select(id => id[NewPrefix.Length..].Split('.')[0])
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : -1)
            .Where(row => row is >= 0 and < MaxNewRows)
            .Distinct();
}
