using ReviewBot.Core.Okrs;

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

    /// <summary>
    /// After each live broadcast, by its host and crew: the stream's numbers, then people (人), goods (货) and
    /// scene (场), each rated with a comment, then what to keep and what to change. The question ids are stable:
    /// stored answers, stream targets and key results fed by streams name them.
    /// </summary>
    public static ReviewTemplate LiveStream { get; } = new(
        "live-stream",
        DialogText.LiveStreamTitle,
        DialogText.LiveStreamIntro,
        [
            new NumberQuestion(StreamMetrics.Viewers, DialogText.StreamViewers, KeyResultUnit.Count("viewers"), Required: true) { Part = StreamParts.Numbers },
            new NumberQuestion(StreamMetrics.PeakViewers, DialogText.StreamPeakViewers, KeyResultUnit.Count("viewers"), Required: true) { Part = StreamParts.Numbers },
            new NumberQuestion(StreamMetrics.WatchTime, DialogText.StreamWatchTime, KeyResultUnit.Count("minutes"), Required: true) { Part = StreamParts.Numbers },
            new NumberQuestion(StreamMetrics.Orders, DialogText.StreamOrders, KeyResultUnit.Count("orders"), Required: true) { Part = StreamParts.Numbers },
            new NumberQuestion(StreamMetrics.Gmv, DialogText.StreamGmv, KeyResultUnit.Currency(NumberQuestion.SubjectCurrency), Required: true) { Part = StreamParts.Numbers },
            new NumberQuestion(StreamMetrics.Conversion, DialogText.StreamConversion, KeyResultUnit.Percentage, Required: true) { Part = StreamParts.Numbers },
            new RatingQuestion("people-rating", DialogText.PeopleRating, Required: true) { Part = StreamParts.People },
            new TextQuestion("people-comment", DialogText.PeopleComment, Multiline: true, Required: false) { Part = StreamParts.People },
            new RatingQuestion("goods-rating", DialogText.GoodsRating, Required: true) { Part = StreamParts.Goods },
            new TextQuestion("goods-comment", DialogText.GoodsComment, Multiline: true, Required: false) { Part = StreamParts.Goods },
            new RatingQuestion("scene-rating", DialogText.SceneRating, Required: true) { Part = StreamParts.Scene },
            new TextQuestion("scene-comment", DialogText.SceneComment, Multiline: true, Required: false) { Part = StreamParts.Scene },
            new TextQuestion("keep", DialogText.KeepNextTime, Multiline: true, Required: true) { Part = StreamParts.NextTime },
            new TextQuestion("change", DialogText.ChangeNextTime, Multiline: true, Required: true) { Part = StreamParts.NextTime },
        ],
        DialogText.SaveReview)
    {
        Subject = ReviewSubject.LiveStream,
        Parts =
        [
            new TemplatePart(StreamParts.Numbers, DialogText.StreamNumbersPart),
            new TemplatePart(StreamParts.People, DialogText.PeoplePart),
            new TemplatePart(StreamParts.Goods, DialogText.GoodsPart),
            new TemplatePart(StreamParts.Scene, DialogText.ScenePart),
            new TemplatePart(StreamParts.NextTime, DialogText.NextTimePart),
        ],
    };

    public static IReadOnlyList<ReviewTemplate> All { get; } = [WeeklyCheckIn, Retrospective, LiveStream];

    public static ReviewTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
