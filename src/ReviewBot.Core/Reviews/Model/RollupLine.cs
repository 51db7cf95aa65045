using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>One roll-up of the review, with the same group's roll-up last quarter beside it where there was one.</summary>
/// <param name="Label">The group's name: the objective's title, the person's name, the market, the team's name.</param>
/// <param name="Market">For <see cref="RollupKind.PersonInMarket"/>: the market the person is alone in.</param>
public sealed record RollupLine(RollupKind Kind, string Label, Rollup Current, Rollup? Previous, string? Market = null);
