using System.Globalization;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Commands;

/// <summary>Short replies the commands share.</summary>
internal static class Replies
{
    public static IReadOnlyList<Reply> Say(string headline, params string[] context) =>
        [new MessageReply { Headline = headline, Context = context }];

    /// <summary>
    /// Who adds key results, said to the person who has none: a manager is the one who adds them, so
    /// telling them "your manager adds them" leaves them with nobody to ask.
    /// </summary>
    public static string HowKeyResultsAreAdded(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return speaker.IsManager ? CommandText.AddKeyResultsYourself(speaker.Culture) : CommandText.ManagerAddsKeyResults(speaker.Culture);
    }

    /// <summary>A member refused a manager's command: <paramref name="refusal"/> is the whole sentence, in their language.</summary>
    public static IReadOnlyList<Reply> ManagersOnly(string refusal, CultureInfo culture) =>
        Say(refusal, CommandText.TypeHelpToSeeWhatYouCanDo(culture));
}
