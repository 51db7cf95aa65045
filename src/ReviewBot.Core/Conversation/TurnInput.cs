namespace ReviewBot.Core.Conversation;

/// <summary>What a person sent: one of the records below.</summary>
public abstract record TurnInput
{
    private protected TurnInput()
    {
    }
}

/// <summary>A command: <c>/review week</c> in Slack, <c>review week</c> typed to the bot elsewhere.</summary>
public sealed record CommandInput(string Text) : TurnInput;

/// <summary>A plain message, which goes to the person's open text dialog if there is one.</summary>
public sealed record TextInput(string Text) : TurnInput;

/// <summary>A filled-in form, with every field's raw text as typed or chosen.</summary>
public sealed record FormSubmission(string FormId, IReadOnlyDictionary<string, string> Values) : TurnInput;

/// <summary>A button pressed on one of the bot's messages.</summary>
public sealed record ButtonPress(string ActionId, string? Value) : TurnInput;
