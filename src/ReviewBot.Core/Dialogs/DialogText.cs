using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Dialogs;

/// <summary>What the check-in form, the text dialog and the shipped templates say, in the reader's language: DialogText.resx and its translations.</summary>
internal static class DialogText
{
    private static readonly TextCatalog Catalog = new(typeof(DialogText));

    public static string WeeklyCheckInTitle(CultureInfo culture) => Catalog.Say(culture, nameof(WeeklyCheckInTitle));

    public static string WeeklyCheckInIntro(CultureInfo culture) => Catalog.Say(culture, nameof(WeeklyCheckInIntro));

    public static string SaveCheckIn(CultureInfo culture) => Catalog.Say(culture, nameof(SaveCheckIn));

    public static string RetrospectiveTitle(CultureInfo culture) => Catalog.Say(culture, nameof(RetrospectiveTitle));

    public static string RetrospectiveIntro(CultureInfo culture) => Catalog.Say(culture, nameof(RetrospectiveIntro));

    public static string SaveRetrospective(CultureInfo culture) => Catalog.Say(culture, nameof(SaveRetrospective));

    public static string ValueNow(CultureInfo culture) => Catalog.Say(culture, nameof(ValueNow));

    public static string ValueNowOf(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(ValueNowOf), keyResult);

    public static string BlockersThisWeek(CultureInfo culture) => Catalog.Say(culture, nameof(BlockersThisWeek));

    public static string FinalValue(CultureInfo culture) => Catalog.Say(culture, nameof(FinalValue));

    public static string FinalValueOf(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(FinalValueOf), keyResult);

    public static string WhyItDiffers(CultureInfo culture) => Catalog.Say(culture, nameof(WhyItDiffers));

    public static string WhyItDiffersFor(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(WhyItDiffersFor), keyResult);

    public static string WhatWorked(CultureInfo culture) => Catalog.Say(culture, nameof(WhatWorked));

    public static string WhatToChange(CultureInfo culture) => Catalog.Say(culture, nameof(WhatToChange));

    public static string FormTitle(CultureInfo culture, string template, int week) => Catalog.Say(culture, nameof(FormTitle), template, week);

    public static string FormIntro(CultureInfo culture, string intro, string quarter, int week, string days) => Catalog.Say(culture, nameof(FormIntro), intro, quarter, week, days);

    public static string ConfidenceFor(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(ConfidenceFor), keyResult);

    public static string CommentOn(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(CommentOn), keyResult);

    public static string CommentHint(CultureInfo culture) => Catalog.Say(culture, nameof(CommentHint));

    public static string TargetNoCheckInYet(CultureInfo culture, string target, string start) => Catalog.Say(culture, nameof(TargetNoCheckInYet), target, start);

    public static string TargetLastCheckIn(CultureInfo culture, string target, string last, int week) => Catalog.Say(culture, nameof(TargetLastCheckIn), target, last, week);

    public static string Done(CultureInfo culture) => Catalog.Say(culture, nameof(Done));

    public static string NotDone(CultureInfo culture) => Catalog.Say(culture, nameof(NotDone));

    public static string DoneOrNotDone(CultureInfo culture) => Catalog.Say(culture, nameof(DoneOrNotDone));

    public static string MilestoneExample(CultureInfo culture) => Catalog.Say(culture, nameof(MilestoneExample));

    public static string SayWhy(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(SayWhy), keyResult);

    public static string PleaseAnswer(CultureInfo culture, string question) => Catalog.Say(culture, nameof(PleaseAnswer), question);

    public static string ChooseOne(CultureInfo culture, string choices) => Catalog.Say(culture, nameof(ChooseOne), choices);

    public static string NotAChoice(CultureInfo culture, string answer, string choices) => Catalog.Say(culture, nameof(NotAChoice), answer, choices);

    public static string NoKeyResultsThisQuarter(CultureInfo culture) => Catalog.Say(culture, nameof(NoKeyResultsThisQuarter));

    public static string FillInOneKeyResult(CultureInfo culture) => Catalog.Say(culture, nameof(FillInOneKeyResult));

    public static string GiveFinalValue(CultureInfo culture, string keyResult, string example) => Catalog.Say(culture, nameof(GiveFinalValue), keyResult, example);

    public static string GiveValueWithComment(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(GiveValueWithComment), keyResult);

    public static string ChooseConfidence(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(ChooseConfidence), keyResult);

    public static string NotAConfidenceChoice(CultureInfo culture, string answer) => Catalog.Say(culture, nameof(NotAConfidenceChoice), answer);

    public static string CommentTooLong(CultureInfo culture, int most, int length) => Catalog.Say(culture, nameof(CommentTooLong), most, length);

    public static string TextTooLong(CultureInfo culture, int most, int length) => Catalog.Say(culture, nameof(TextTooLong), most, length);

    public static string DialogHeadline(CultureInfo culture, string template, int week) => Catalog.Say(culture, nameof(DialogHeadline), template, week);

    public static string DialogHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(DialogHowTo));

    public static string ValueStep(CultureInfo culture, string keyResult, int step, int steps) => Catalog.Say(culture, nameof(ValueStep), keyResult, step, steps);

    public static string ConfidenceStep(CultureInfo culture, string keyResult, int step, int steps) => Catalog.Say(culture, nameof(ConfidenceStep), keyResult, step, steps);

    public static string Step(CultureInfo culture, int step, int steps) => Catalog.Say(culture, nameof(Step), step, steps);

    public static string ValueHint(CultureInfo culture) => Catalog.Say(culture, nameof(ValueHint));

    public static string ConfidenceQuestion(CultureInfo culture) => Catalog.Say(culture, nameof(ConfidenceQuestion));

    public static string ConfidenceHint(CultureInfo culture) => Catalog.Say(culture, nameof(ConfidenceHint));

    public static string QuestionWithChoices(CultureInfo culture, string question, string choices) => Catalog.Say(culture, nameof(QuestionWithChoices), question, choices);

    public static string SentencesHint(CultureInfo culture) => Catalog.Say(culture, nameof(SentencesHint));

    public static string SentenceOrNoneHint(CultureInfo culture) => Catalog.Say(culture, nameof(SentenceOrNoneHint));

    public static string MilestoneQuestionFirst(CultureInfo culture, string target) => Catalog.Say(culture, nameof(MilestoneQuestionFirst), target);

    public static string MilestoneQuestionSince(CultureInfo culture, string target, string last, int week) => Catalog.Say(culture, nameof(MilestoneQuestionSince), target, last, week);

    public static string ValueQuestionFirst(CultureInfo culture, string question, string unit, string target) => Catalog.Say(culture, nameof(ValueQuestionFirst), question, unit, target);

    public static string ValueQuestionSince(CultureInfo culture, string question, string unit, string target, string last, int week) => Catalog.Say(culture, nameof(ValueQuestionSince), question, unit, target, last, week);

    public static string DialogCancelled(CultureInfo culture, string template) => Catalog.Say(culture, nameof(DialogCancelled), template);

    public static string StartAgain(CultureInfo culture) => Catalog.Say(culture, nameof(StartAgain));

    public static string AnswerDidNotWork(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerDidNotWork));

    public static string TryAgainHint(CultureInfo culture) => Catalog.Say(culture, nameof(TryAgainHint));

    public static string IsItRight(CultureInfo culture, string keyResult, string value) => Catalog.Say(culture, nameof(IsItRight), keyResult, value);

    public static string DidYouMean(CultureInfo culture, string keyResult, string value) => Catalog.Say(culture, nameof(DidYouMean), keyResult, value);

    public static string DoubtHint(CultureInfo culture) => Catalog.Say(culture, nameof(DoubtHint));

    public static string ValueNeeded(CultureInfo culture, string template, string keyResult) => Catalog.Say(culture, nameof(ValueNeeded), template, keyResult);

    public static string NotAConfidence(CultureInfo culture, string answer) => Catalog.Say(culture, nameof(NotAConfidence), answer);

    public static string AnswerNeeded(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerNeeded));

    public static string SaveReview(CultureInfo culture) => Catalog.Say(culture, nameof(SaveReview));

    public static string LiveStreamTitle(CultureInfo culture) => Catalog.Say(culture, nameof(LiveStreamTitle));

    public static string LiveStreamIntro(CultureInfo culture) => Catalog.Say(culture, nameof(LiveStreamIntro));

    public static string StreamNumbersPart(CultureInfo culture) => Catalog.Say(culture, nameof(StreamNumbersPart));

    public static string StreamViewers(CultureInfo culture) => Catalog.Say(culture, nameof(StreamViewers));

    public static string StreamPeakViewers(CultureInfo culture) => Catalog.Say(culture, nameof(StreamPeakViewers));

    public static string StreamWatchTime(CultureInfo culture) => Catalog.Say(culture, nameof(StreamWatchTime));

    public static string StreamOrders(CultureInfo culture) => Catalog.Say(culture, nameof(StreamOrders));

    public static string StreamGmv(CultureInfo culture) => Catalog.Say(culture, nameof(StreamGmv));

    public static string StreamConversion(CultureInfo culture) => Catalog.Say(culture, nameof(StreamConversion));

    public static string PeoplePart(CultureInfo culture) => Catalog.Say(culture, nameof(PeoplePart));

    public static string PeopleRating(CultureInfo culture) => Catalog.Say(culture, nameof(PeopleRating));

    public static string PeopleComment(CultureInfo culture) => Catalog.Say(culture, nameof(PeopleComment));

    public static string GoodsPart(CultureInfo culture) => Catalog.Say(culture, nameof(GoodsPart));

    public static string GoodsRating(CultureInfo culture) => Catalog.Say(culture, nameof(GoodsRating));

    public static string GoodsComment(CultureInfo culture) => Catalog.Say(culture, nameof(GoodsComment));

    public static string ScenePart(CultureInfo culture) => Catalog.Say(culture, nameof(ScenePart));

    public static string SceneRating(CultureInfo culture) => Catalog.Say(culture, nameof(SceneRating));

    public static string SceneComment(CultureInfo culture) => Catalog.Say(culture, nameof(SceneComment));

    public static string NextTimePart(CultureInfo culture) => Catalog.Say(culture, nameof(NextTimePart));

    public static string KeepNextTime(CultureInfo culture) => Catalog.Say(culture, nameof(KeepNextTime));

    public static string ChangeNextTime(CultureInfo culture) => Catalog.Say(culture, nameof(ChangeNextTime));

    public static string StreamFormTitle(CultureInfo culture, string template, string stream) => Catalog.Say(culture, nameof(StreamFormTitle), template, stream);

    public static string StreamFormIntro(CultureInfo culture, string intro, string stream, string day, string starts, string ends) => Catalog.Say(culture, nameof(StreamFormIntro), intro, stream, day, starts, ends);

    public static string StreamDialogHeadline(CultureInfo culture, string template, string stream) => Catalog.Say(culture, nameof(StreamDialogHeadline), template, stream);

    public static string StreamDialogHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(StreamDialogHowTo));

    public static string RatingPoor(CultureInfo culture, int rating) => Catalog.Say(culture, nameof(RatingPoor), rating);

    public static string RatingFair(CultureInfo culture, int rating) => Catalog.Say(culture, nameof(RatingFair), rating);

    public static string RatingGood(CultureInfo culture, int rating) => Catalog.Say(culture, nameof(RatingGood), rating);

    public static string RatingVeryGood(CultureInfo culture, int rating) => Catalog.Say(culture, nameof(RatingVeryGood), rating);

    public static string RatingExcellent(CultureInfo culture, int rating) => Catalog.Say(culture, nameof(RatingExcellent), rating);

    public static string RatingHint(CultureInfo culture, int lowest, int highest) => Catalog.Say(culture, nameof(RatingHint), lowest, highest);

    public static string RatingHintOptional(CultureInfo culture, int lowest, int highest) => Catalog.Say(culture, nameof(RatingHintOptional), lowest, highest);

    public static string NotARating(CultureInfo culture, string answer, int lowest, int highest) => Catalog.Say(culture, nameof(NotARating), answer, lowest, highest);

    public static string ChooseRating(CultureInfo culture, int lowest, int highest) => Catalog.Say(culture, nameof(ChooseRating), lowest, highest);

    public static string RatingNeeded(CultureInfo culture, int lowest, int highest) => Catalog.Say(culture, nameof(RatingNeeded), lowest, highest);

    public static string NumberNeeded(CultureInfo culture) => Catalog.Say(culture, nameof(NumberNeeded));

    public static string NumberHint(CultureInfo culture, string example) => Catalog.Say(culture, nameof(NumberHint), example);

    public static string NumberHintOptional(CultureInfo culture, string example) => Catalog.Say(culture, nameof(NumberHintOptional), example);

    public static string NumberQuestionIn(CultureInfo culture, string question, string unit) => Catalog.Say(culture, nameof(NumberQuestionIn), question, unit);

    public static string NumberNegative(CultureInfo culture, string question, string example) => Catalog.Say(culture, nameof(NumberNegative), question, example);

    public static string CountNotWhole(CultureInfo culture, string question, string value, string example) => Catalog.Say(culture, nameof(CountNotWhole), question, value, example);

    public static string PercentageAbove100(CultureInfo culture, string question, string value, string example) => Catalog.Say(culture, nameof(PercentageAbove100), question, value, example);

    public static string PeakAboveViewers(CultureInfo culture, string peak, string viewers) => Catalog.Say(culture, nameof(PeakAboveViewers), peak, viewers);

    public static string StartStreamReviewAgain(CultureInfo culture) => Catalog.Say(culture, nameof(StartStreamReviewAgain));
}
