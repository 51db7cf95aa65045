namespace ReviewBot.Core.Scoring;

/// <summary>The usual OKR reading of a score: green from 0.7, yellow from 0.4, red below.</summary>
public enum ScoreColor
{
    Red,
    Yellow,
    Green,
}
