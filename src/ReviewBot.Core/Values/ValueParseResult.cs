using System.Diagnostics.CodeAnalysis;

namespace ReviewBot.Core.Values;

/// <summary>Either a value in the key result's unit or the reason it could not be read.</summary>
public sealed record ValueParseResult
{
    private ValueParseResult(bool isSuccess, decimal value, ValueParseError? error)
    {
        IsSuccess = isSuccess;
        Value = value;
        Error = error;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    /// <summary>The value in the unit's storage form; 0 when reading failed.</summary>
    public decimal Value { get; }

    public ValueParseError? Error { get; }

    public static ValueParseResult Success(decimal value) => new(true, value, null);

    public static ValueParseResult Failure(ValueParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(false, 0m, error);
    }

    public static ValueParseResult Failure(ValueParseErrorKind kind, string input, string message) =>
        Failure(new ValueParseError(kind, input, message));
}
