namespace ReviewBot.Core.Dialogs;

/// <summary>The templates the bot ships with.</summary>
public static class ReviewTemplates
{
    public static ReviewTemplate WeeklyCheckIn { get; } = new(
        "weekly-checkin",
        "Weekly check-in",
        "Where does each of your key results stand this week? Values start at your last check-in: change what moved, and clear a key result to leave it out.",
        [
            new KeyResultValueQuestion("progress", "Value now", AskConfidence: true, AskComment: true, ValueRequired: false),
            new TextQuestion("blockers", "Blockers this week", Multiline: true, Required: false, AttachToCheckIns: true),
        ],
        "Save check-in");

    public static ReviewTemplate Retrospective { get; } = new(
        "quarter-retrospective",
        "Quarter retrospective",
        "The quarter is ending: give each key result's final value and say why it landed where it did.",
        [
            new KeyResultValueQuestion("final", "Final value", AskConfidence: false, AskComment: false, ValueRequired: true),
            new KeyResultTextQuestion("cause", "Why does the result differ from the target?", Required: true),
            new TextQuestion("worked", "What worked this quarter?", Multiline: true, Required: true),
            new TextQuestion("change", "What would you change next quarter?", Multiline: true, Required: true),
        ],
        "Save retrospective");

    public static IReadOnlyList<ReviewTemplate> All { get; } = [WeeklyCheckIn, Retrospective];

    public static ReviewTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
