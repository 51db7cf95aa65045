namespace ReviewBot.Core.Dialogs;

/// <summary>The templates the bot ships with.</summary>
public static class ReviewTemplates
{
    public static ReviewTemplate WeeklyCheckIn { get; } = new(
        "weekly-checkin",
        DialogText.WeeklyCheckInTitle,
        DialogText.WeeklyCheckInIntro,
        [
            new KeyResultValueQuestion("progress", DialogText.ValueNow, DialogText.ValueNowOf, AskConfidence: true, AskComment: true, ValueRequired: false),
            new TextQuestion("blockers", DialogText.BlockersThisWeek, Multiline: true, Required: false, AttachToCheckIns: true),
        ],
        DialogText.SaveCheckIn);

    public static ReviewTemplate Retrospective { get; } = new(
        "quarter-retrospective",
        DialogText.RetrospectiveTitle,
        DialogText.RetrospectiveIntro,
        [
            new KeyResultValueQuestion("final", DialogText.FinalValue, DialogText.FinalValueOf, AskConfidence: false, AskComment: false, ValueRequired: true),
            new KeyResultTextQuestion("cause", DialogText.WhyItDiffers, DialogText.WhyItDiffersFor, Required: true),
            new TextQuestion("worked", DialogText.WhatWorked, Multiline: true, Required: true),
            new TextQuestion("change", DialogText.WhatToChange, Multiline: true, Required: true),
        ],
        DialogText.SaveRetrospective);

    public static IReadOnlyList<ReviewTemplate> All { get; } = [WeeklyCheckIn, Retrospective];

    public static ReviewTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
