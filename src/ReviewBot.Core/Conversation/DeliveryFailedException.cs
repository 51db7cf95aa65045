namespace ReviewBot.Core.Conversation;

/// <summary>
/// A message a channel refused. <see cref="Permanent"/> when trying again cannot help (the member left, the
/// bot was removed from the conversation); otherwise the send may be retried later. The message is the
/// reason as a manager should read it in <c>review week</c>: no tokens, no URLs.
/// </summary>
public sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeliveryFailedException(string reason, bool permanent, Exception? innerException = null)
        : base(reason, innerException) => Permanent = permanent;

    public bool Permanent { get; }
}
