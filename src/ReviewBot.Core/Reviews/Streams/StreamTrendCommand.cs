using ReviewBot.Core.Commands;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>
/// <c>review streams [quarter]</c>: the trend across the quarter's reviewed streams, with its chart where the host
/// draws charts. Everyone on the team may read it, as the streams are the team's; it is written in the reader's language.
/// </summary>
internal sealed class StreamTrendCommand(IReviewStore store, ReviewSharing sharing)
{
    public async Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var quarter = speaker.Quarter;
        foreach (var arg in args)
        {
            if (ArgumentWords.IsLastQuarter(arg))
            {
                quarter = speaker.Quarter.Previous();
            }
            else if (ArgumentWords.IsThisQuarter(arg))
            {
                quarter = speaker.Quarter;
            }
            else if (Quarter.TryParse(arg, out var named))
            {
                quarter = named;
            }
            else
            {
                return Replies.Say(StreamTrendText.ArgumentUnread(speaker.Culture, arg), StreamTrendText.ArgumentHowTo(speaker.Culture));
            }
        }

        var trend = await StreamTrend.LoadAsync(store, speaker.Team, quarter, cancellationToken);
        return [await sharing.StreamTrendAsync(trend, speaker.Culture, cancellationToken)];
    }
}
