using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Commands;

/// <summary>Short replies the commands share.</summary>
internal static class Replies
{
    public static IReadOnlyList<Reply> Say(string headline, params string[] context) =>
        [new MessageReply { Headline = headline, Context = context }];

    public static IReadOnlyList<Reply> ManagersOnly(string what) =>
        Say($"Only the team's managers can {what}.", "Type review help to see what you can do.");
}
