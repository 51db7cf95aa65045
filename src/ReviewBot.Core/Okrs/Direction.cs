namespace ReviewBot.Core.Okrs;

/// <summary>Which way a key result must move. Derived from start and target, never stated.</summary>
public enum Direction
{
    Increase,
    Decrease,
}
