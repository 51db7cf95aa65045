using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Streams;

/// <summary>
/// A stream's numbers as its review recorded them, by the id of the template's number question. Host and crew
/// read the same dashboard, so one figure counts per number: the host's, or where the host gave none, the first
/// reviewer's who did. The summary, the trend and key results fed by streams all read them from here.
/// </summary>
public static class StreamNumbers
{
    public static IReadOnlyDictionary<string, decimal> Of(LiveStream stream, ReviewTemplate template, IEnumerable<ReviewAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(answers);
        var metrics = template.Questions.OfType<NumberQuestion>().Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var given = answers
            .Where(a => a.SubjectId == stream.Id && metrics.Contains(a.QuestionId))
            .OrderByDescending(a => a.AuthorMemberId == stream.HostMemberId)
            .ThenBy(a => a.RecordedAt);
        foreach (var answer in given)
        {
            if (!numbers.ContainsKey(answer.QuestionId) && decimal.TryParse(answer.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                numbers[answer.QuestionId] = value;
            }
        }

        return numbers;
    }
}
