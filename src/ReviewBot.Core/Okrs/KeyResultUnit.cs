namespace ReviewBot.Core.Okrs;

/// <summary>What a key result is measured in. A closed set: every unit is one of the records below.</summary>
public abstract record KeyResultUnit
{
    private protected KeyResultUnit()
    {
    }

    public abstract UnitKind Kind { get; }

    /// <summary>How a person would name the unit in a sentence: "a USD amount", "a number of accounts".</summary>
    public abstract string Describe();

    public static KeyResultUnit Currency(string isoCode) => new CurrencyUnit(isoCode);

    public static KeyResultUnit Count(string name) => new CountUnit(name);

    public static KeyResultUnit Percentage { get; } = new PercentageUnit();

    public static KeyResultUnit Milestone { get; } = new MilestoneUnit();
}

public enum UnitKind
{
    Currency,
    Count,
    Percentage,
    Milestone,
}

/// <summary>An amount of money in one ISO 4217 currency ("USD", "EUR").</summary>
public sealed record CurrencyUnit : KeyResultUnit
{
    public CurrencyUnit(string isoCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(isoCode);
        if (isoCode.Length != 3 || !isoCode.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{isoCode}' is not an ISO 4217 currency code such as USD or EUR.", nameof(isoCode));
        }

        IsoCode = isoCode.ToUpperInvariant();
    }

    public string IsoCode { get; }

    public override UnitKind Kind => UnitKind.Currency;

    public override string Describe() => $"a {IsoCode} amount";
}

/// <summary>A count of something with a name: accounts, orders, live streams.</summary>
public sealed record CountUnit : KeyResultUnit
{
    public CountUnit(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public string Name { get; }

    public override UnitKind Kind => UnitKind.Count;

    public override string Describe() => $"a number of {Name}";
}

/// <summary>A percentage, stored in percentage points: 12.5 means 12.5 %.</summary>
public sealed record PercentageUnit : KeyResultUnit
{
    public override UnitKind Kind => UnitKind.Percentage;

    public override string Describe() => "a percentage";
}

/// <summary>Done or not done, stored as 1 or 0.</summary>
public sealed record MilestoneUnit : KeyResultUnit
{
    public const decimal Done = 1m;
    public const decimal NotDone = 0m;

    public override UnitKind Kind => UnitKind.Milestone;

    public override string Describe() => "a milestone";
}
