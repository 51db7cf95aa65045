namespace ReviewBot.Core.CheckIns;

public enum Confidence
{
    OnTrack,
    AtRisk,
    OffTrack,
}
