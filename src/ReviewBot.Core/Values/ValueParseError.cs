namespace ReviewBot.Core.Values;

/// <summary>A value that could not be read, with a message written for the person who typed it.</summary>
/// <param name="Kind">Which class of problem it is.</param>
/// <param name="Input">What the person typed, trimmed.</param>
/// <param name="Message">A complete sentence the bot can send back as is.</param>
public sealed record ValueParseError(ValueParseErrorKind Kind, string Input, string Message);
