namespace ReviewBot.Core.Conversation;

/// <summary>
/// A message-creating call whose answer was lost: the chat service may have posted the message (a 5xx or a
/// timeout after the request went out, a connection reset mid-answer) or may not. Sending it again blindly
/// could post it twice, so the caller checks whether it arrived before sending again
/// (<see cref="IChannelMessenger.FindSentDirectAsync"/>), where the channel can tell. The message is the
/// reason as a manager should read it: no tokens, no URLs.
/// </summary>
public sealed class DeliveryOutcomeUnknownException : Exception
{
    public DeliveryOutcomeUnknownException()
        : base("The chat service's answer was lost; the message may have arrived")
    {
    }

    public DeliveryOutcomeUnknownException(string message)
        : base(message)
    {
    }

    public DeliveryOutcomeUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
