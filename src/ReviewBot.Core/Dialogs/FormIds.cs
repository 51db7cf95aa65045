using System.Globalization;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Dialogs;

/// <summary>The ids of forms and their fields. Field ids are shared by the form and the text dialog.</summary>
public static class FormIds
{
    private const string CheckInPrefix = "checkin|";

    public static string CheckIn(string templateId, Quarter quarter, int week) =>
        string.Create(CultureInfo.InvariantCulture, $"{CheckInPrefix}{templateId}|{quarter.Id}|{week}");

    public static bool TryReadCheckIn(string formId, out string templateId, out Quarter quarter, out int week)
    {
        templateId = "";
        quarter = default;
        week = 0;
        var parts = formId.Split('|');
        return formId.StartsWith(CheckInPrefix, StringComparison.Ordinal)
            && parts.Length == 4
            && (templateId = parts[1]).Length > 0
            && Quarter.TryParse(parts[2], out quarter)
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out week);
    }

    public static string Value(string keyResultId, string questionId) => $"kr.{keyResultId}.{questionId}.value";

    public static string Confidence(string keyResultId, string questionId) => $"kr.{keyResultId}.{questionId}.confidence";

    public static string Comment(string keyResultId, string questionId) => $"kr.{keyResultId}.{questionId}.comment";

    public static string KeyResultText(string keyResultId, string questionId) => $"kr.{keyResultId}.{questionId}";

    public static string General(string questionId) => questionId;
}
