using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>Works out <see cref="QuarterReview.LastQuarterLessons"/>: last quarter's lessons, owner by owner, and what became of them.</summary>
internal static class CarriedLessons
{
    private static readonly string[] LessonQuestions = ["worked", "change"];

    /// <param name="results">This quarter's results in the review's scope.</param>
    /// <param name="previousResults">Last quarter's, in the same scope, each scored where it ended.</param>
    /// <param name="inScope">Whether an author belongs to the review: everyone, or its one person.</param>
    public static List<CarriedLesson> Of(
        QuarterData data,
        QuarterData? previous,
        List<KeyResultResult> results,
        List<KeyResultResult> previousResults,
        ReviewStage stage,
        decimal elapsed,
        Func<string?, bool> inScope)
    {
        if (previous is null || previous.Answers.Count == 0)
        {
            return [];
        }

        var byAuthor = previous.Answers
            .Where(a => a.TemplateId == ReviewTemplates.Retrospective.Id && LessonQuestions.Contains(a.QuestionId) && inScope(a.AuthorMemberId) && !string.IsNullOrWhiteSpace(a.Text))
            .OrderBy(a => a.RecordedAt)
            .GroupBy(a => a.AuthorMemberId, StringComparer.Ordinal)
            // A retrospective sent again replaces the earlier one: only each question's latest answers count.
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(a => a.QuestionId, StringComparer.Ordinal).SelectMany(q => q.Where(a => a.RecordedAt == q.Max(x => x.RecordedAt))).OrderBy(a => a.RecordedAt).ToList(),
                StringComparer.Ordinal);
        if (byAuthor.Count == 0)
        {
            return [];
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in data.Members.Concat(previous.Members))
        {
            names.TryAdd(member.Id, member.Name);
        }

        // This quarter's owners first, in the review's order; then those who wrote lessons and own nothing now.
        var authors = results.Where(r => r.Owner is not null && byAuthor.ContainsKey(r.Owner.Id)).Select(r => r.Owner!.Id)
            .Concat(byAuthor.Keys.OrderBy(id => names.GetValueOrDefault(id) ?? id, StringComparer.CurrentCulture))
            .Distinct(StringComparer.Ordinal);
        var related = new Related(previousResults);
        return
        [
            .. authors.Select(id => new CarriedLesson(
                id,
                names.GetValueOrDefault(id) ?? OwnerWords.FormerMember,
                [.. byAuthor[id].Where(a => a.QuestionId == "worked").Select(a => a.Text.Trim())],
                [.. byAuthor[id].Where(a => a.QuestionId == "change").Select(a => a.Text.Trim())],
                [
                    .. results
                        .Where(r => r.Owner?.Id == id)
                        .Select(r => (Now: r, Before: related.To(r)))
                        .Where(x => x.Before is not null)
                        .Select(x => Compare(x.Now, x.Before!, stage, elapsed)),
                ])),
        ];
    }

    /// <summary>
    /// This quarter's key result against last quarter's. While the quarter runs, a final score is compared with
    /// the score this one is on course for, since a score so far is always lower than the score it ends with.
    /// </summary>
    private static CarriedResult Compare(KeyResultResult now, KeyResultResult before, ReviewStage stage, decimal elapsed)
    {
        var soFar = stage == ReviewStage.SoFar;
        decimal? onCourseFor = null;
        if (soFar && elapsed > 0m && now.HasCheckIns)
        {
            onCourseFor = now.KeyResult.Unit is MilestoneUnit
                ? (now.Score.Score >= 1m ? 1m : null)
                : Math.Clamp(now.Score.Progress / elapsed, 0m, 1m);
        }

        // Compared as the reader sees them, to two places: "0.85 → 0.85, improved" would contradict itself.
        var compared = soFar ? onCourseFor : now.Score.Score;
        bool? improved = stage == ReviewStage.NotStarted || !now.HasCheckIns || !before.HasCheckIns || compared is null
            ? null
            : decimal.Round(compared.Value, 2) > decimal.Round(before.Score.Score, 2);
        return new CarriedResult(now.KeyResult, before.Score, now.Score, soFar, onCourseFor, improved);
    }

    /// <summary>
    /// Which of an owner's key results last quarter one of theirs this quarter continues: the same objective and key
    /// result keys (planning carries them over), else the same title and kind of unit.
    /// </summary>
    private sealed class Related
    {
        private readonly Dictionary<(string Owner, string Objective, string KeyResult), KeyResultResult> _byKeys = [];
        private readonly Dictionary<(string Owner, string Title, UnitKind Unit), KeyResultResult> _byTitle = [];

        public Related(List<KeyResultResult> previousResults)
        {
            foreach (var r in previousResults)
            {
                if (r.Owner is not { } owner)
                {
                    continue;
                }

                _byKeys.TryAdd((owner.Id, r.Objective.Key, r.KeyResult.Key), r);
                _byTitle.TryAdd((owner.Id, r.KeyResult.Title.Trim().ToUpperInvariant(), r.KeyResult.Unit.Kind), r);
            }
        }

        public KeyResultResult? To(KeyResultResult now) =>
            now.Owner is not { } owner ? null
            : _byKeys.GetValueOrDefault((owner.Id, now.Objective.Key, now.KeyResult.Key))
                ?? _byTitle.GetValueOrDefault((owner.Id, now.KeyResult.Title.Trim().ToUpperInvariant(), now.KeyResult.Unit.Kind));
    }
}
