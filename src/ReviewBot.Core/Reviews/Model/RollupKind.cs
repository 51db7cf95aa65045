namespace ReviewBot.Core.Reviews.Model;

/// <summary>What a roll-up groups: one objective, one person, one market, a person who is alone in their market, or the team.</summary>
public enum RollupKind
{
    Objective,
    Person,
    Market,
    PersonInMarket,
    Team,
}
