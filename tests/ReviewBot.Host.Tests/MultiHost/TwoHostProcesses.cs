namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>
/// The multi-host tests run one at a time and after the rest: each starts two host processes that fan out to
/// hundreds of members, and on a small machine they would otherwise time each other out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoHostProcesses
{
    public const string Name = "Two real host processes";
}
