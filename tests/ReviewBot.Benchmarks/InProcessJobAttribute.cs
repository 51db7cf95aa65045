using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ReviewBot.Benchmarks;

/// <summary>
/// Runs a benchmark inside this Release process, without the separate generated project BenchmarkDotNet builds by
/// default: that build compiles the whole solution again, which on a shared 2-core machine outlasts its 2-minute
/// timeout. The code measured is the same Release build either way.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InProcessJobAttribute : Attribute, IConfigSource
{
    // In process, BenchmarkDotNet gives up on a benchmark after 5 minutes; seeding a large database and a slow
    // first version of the code measured may take longer than that on a loaded machine.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public InProcessJobAttribute(int warmupCount, int iterationCount)
    {
        WarmupCount = warmupCount;
        IterationCount = iterationCount;
        Config = ManualConfig.CreateEmpty().AddJob(
            Job.Default.WithToolchain(new InProcessEmitToolchain(Timeout, logOutput: true)).WithLaunchCount(1).WithWarmupCount(warmupCount).WithIterationCount(iterationCount));
    }

    public int WarmupCount { get; }

    public int IterationCount { get; }

    public IConfig Config { get; }
}
