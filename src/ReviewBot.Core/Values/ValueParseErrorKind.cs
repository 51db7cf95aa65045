namespace ReviewBot.Core.Values;

/// <summary>Why a value could not be read; each kind has its own message so the bot can ask the right follow-up.</summary>
public enum ValueParseErrorKind
{
    Empty,
    Unreadable,
    Ambiguous,
    WrongCurrency,
    NotAMilestoneAnswer,
    TooLarge,
}
