namespace ReviewBot.Core.People;

/// <summary>A public holiday in one market: nobody in that market is prompted or nudged on it.</summary>
public sealed record Holiday(string Market, DateOnly Date, string Name);
