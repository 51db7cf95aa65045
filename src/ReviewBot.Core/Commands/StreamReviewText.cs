using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Commands;

/// <summary>What a live stream's host and crew read about its review: the prompt, the refusals, the confirmation.</summary>
internal static class StreamReviewText
{
    private static readonly TextCatalog Catalog = new(typeof(StreamReviewText));

    public static string NotYourReview(CultureInfo culture, string stream, string host, string crew) => Catalog.Say(culture, nameof(NotYourReview), stream, host, crew);

    public static string NotYourReviewHostOnly(CultureInfo culture, string stream, string host) => Catalog.Say(culture, nameof(NotYourReviewHostOnly), stream, host);

    public static string YourReviewsComeToYou(CultureInfo culture) => Catalog.Say(culture, nameof(YourReviewsComeToYou));

    public static string StreamCancelled(CultureInfo culture, string stream) => Catalog.Say(culture, nameof(StreamCancelled), stream);

    public static string ReviewNotOpenYet(CultureInfo culture, string stream, string day, string time) => Catalog.Say(culture, nameof(ReviewNotOpenYet), stream, day, time);

    public static string ReviewClosed(CultureInfo culture, string stream, string day, string time) => Catalog.Say(culture, nameof(ReviewClosed), stream, day, time);

    public static string TellYourManager(CultureInfo culture) => Catalog.Say(culture, nameof(TellYourManager));

    public static string StreamNotFound(CultureInfo culture) => Catalog.Say(culture, nameof(StreamNotFound));

    public static string TemplateMissing(CultureInfo culture, string template) => Catalog.Say(culture, nameof(TemplateMissing), template);

    public static string FreshStreamForm(CultureInfo culture) => Catalog.Say(culture, nameof(FreshStreamForm));

    public static string ReviewRecorded(CultureInfo culture, string stream) => Catalog.Say(culture, nameof(ReviewRecorded), stream);

    public static string ReviewReplaced(CultureInfo culture, string stream) => Catalog.Say(culture, nameof(ReviewReplaced), stream);

    public static string AlreadyRecorded(CultureInfo culture, string stream) => Catalog.Say(culture, nameof(AlreadyRecorded), stream);

    public static string ChangeUntil(CultureInfo culture, string day, string time) => Catalog.Say(culture, nameof(ChangeUntil), day, time);

    public static string PromptHeadline(CultureInfo culture, string name, string stream) => Catalog.Say(culture, nameof(PromptHeadline), name, stream);

    public static string PromptRan(CultureInfo culture, string day, string starts, string ends) => Catalog.Say(culture, nameof(PromptRan), day, starts, ends);

    public static string AnswersTakenUntil(CultureInfo culture, string day, string time) => Catalog.Say(culture, nameof(AnswersTakenUntil), day, time);

    public static string ReviewItButton(CultureInfo culture) => Catalog.Say(culture, nameof(ReviewItButton));

    public static string AnswerHereButton(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerHereButton));
}
