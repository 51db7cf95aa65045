using ReviewBot.Core.Commands;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Lessons;

/// <summary>What <see cref="LessonsArguments"/> made of the words: a query, or why there is none, to say as it is.</summary>
internal sealed record LessonsReading(LessonsQuery? Query, IReadOnlyList<Reply>? Refusal)
{
    public static LessonsReading Read(LessonsQuery query) => new(query, null);

    public static LessonsReading Refused(string headline, params string[] context) => new(null, Replies.Say(headline, context));
}
