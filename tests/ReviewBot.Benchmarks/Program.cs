using BenchmarkDotNet.Running;

// Every benchmark of the project, picked with --filter: dotnet run -c Release --project tests/ReviewBot.Benchmarks -- --filter '*QuarterReview*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
