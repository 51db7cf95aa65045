using System.Diagnostics;
using System.Globalization;
using ReviewBot.Host.Import;
using ReviewBot.Host.Tests.MultiHost;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

// dotnet run -c Release --project tests/ReviewBot.Benchmarks/FanOut -- [members] [posts per second] [workers] [teams]
// A weekly fan-out of <members> prompts from one host on SQLite to the fake Slack enforcing Slack's limits:
// chat.postMessage one a second per channel and <posts per second> over the workspace, conversations.open at the
// same rate (DM channel ids stored and reused from the second week on, so it is not the 50/min first-week
// bound). Prints the time from the host's start-up tick to the last prompt, against the least those limits allow.
var members = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var postsPerSecond = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var workers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
// The members split over this many teams of one workspace (the same OKR file, renamed per team).
var teams = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(60));
var ct = cancel.Token;

using var folder = new TemporaryFolder();
await using var slack = await FakeSlackServer.StartAsync(cancellationToken: ct);
slack.EnforceSlackLimits(new FakeSlackLimits { PostsPerSecond = postsPerSecond, OpensPerMinute = postsPerSecond * 60 });

var dataFolder = Directory.CreateDirectory(Path.Combine(folder.FullPath, "data")).FullName;
var database = Database.ForFile(Path.Combine(dataFolder, "reviewbot.db"));
await new MigrationRunner(database, TimeProvider.System).MigrateAsync(ct);
var teamFile = BigTeamFile.DueNow(members / teams, DateTimeOffset.UtcNow);
for (var team = 1; team <= teams; team++)
{
    var yaml = teams == 1 ? teamFile : teamFile
        .Replace("key: big-sales", $"key: big-sales-{team}", StringComparison.Ordinal)
        .Replace("name: Big Sales", $"name: Big Sales {team}", StringComparison.Ordinal)
        .Replace("slackUserId: U", $"slackUserId: U{team}X", StringComparison.Ordinal)
        .Replace("@example.com", $"@team{team}.example.com", StringComparison.Ordinal);
    var (file, errors) = OkrFileReader.Read(yaml);
    if (file is null)
    {
        Console.Error.WriteLine(string.Join('\n', errors));
        return 1;
    }

    await new OkrImporter(database).ImportAsync(file, dryRun: false, ct);
}

members = members / teams * teams;
var perMinute = (postsPerSecond * 60).ToString(CultureInfo.InvariantCulture);
var settings = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["Storage:DataFolder"] = dataFolder,
    ["Slack:SigningSecret"] = "fan-out-benchmark-signing-secret-0001",
    ["Slack:BotToken"] = FakeSlackServer.DefaultBotToken,
    ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
    ["Slack:RateLimits:CallsPerMinute:chat.postMessage"] = perMinute,
    ["Slack:RateLimits:CallsPerMinute:conversations.open"] = perMinute,
    ["Slack:Resilience:MaxRetryAttempts"] = "10",
    ["Scheduling:Workers"] = workers.ToString(CultureInfo.InvariantCulture),
    ["Logging:LogLevel:Default"] = "Warning",
};

var loadBefore = LoadAverage();
var clock = Stopwatch.StartNew();
await using var host = await HostProcess.StartAsync("fan-out", folder.FullPath, settings, ct);
var ready = clock.Elapsed;
var cpuAtReady = host.ProcessorTime;
TimeSpan? firstPost = null;
var lastCount = 0;
var lastGrowth = clock.Elapsed;
using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
while (true)
{
    var posted = slack.CallsTo("chat.postMessage").Where(c => c.StatusCode == 200).Select(c => c.Arg("channel")).ToList();
    firstPost ??= posted.Count > 0 ? clock.Elapsed : null;
    if (posted.Count > lastCount)
    {
        (lastCount, lastGrowth) = (posted.Count, clock.Elapsed);
    }

    if (posted.Distinct(StringComparer.Ordinal).Count() >= members || clock.Elapsed - lastGrowth > TimeSpan.FromMinutes(2))
    {
        break;
    }

    await poll.WaitForNextTickAsync(ct);
}

var done = clock.Elapsed;
var hostCpu = host.ProcessorTime - cpuAtReady;
var posts = slack.CallsTo("chat.postMessage");
var delivered = posts.Where(c => c.StatusCode == 200).Select(c => c.Arg("channel")).ToList();
var distinct = delivered.Distinct(StringComparer.Ordinal).Count();
var minimum = TimeSpan.FromSeconds((double)members / postsPerSecond);
// How long the workspace's window took to turn over: a post and the one a window's worth of posts after it. A second
// and a little is the limits' pace; more is time the host let pass without a post (or waited on an answer).
var admittedAt = posts.Where(c => c.StatusCode == 200).Select(c => c.At).Order().ToList();
var turnovers = admittedAt.Zip(admittedAt.Skip(postsPerSecond), (first, last) => (last - first).TotalSeconds).Order().ToList();
double Turnover(double fraction) => turnovers.Count == 0 ? 0 : turnovers[(int)(fraction * (turnovers.Count - 1))];
var sending = done - ready;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    members {members} in {teams} team(s), workspace limit {postsPerSecond} posts/s (opens the same), workers {workers}
    host ready after {ready.TotalSeconds:F1} s; first prompt {(firstPost - ready)?.TotalSeconds:F1} s after ready
    prompted {distinct} of {members}, duplicates {delivered.Count - distinct}, 429s {posts.Count(c => c.StatusCode == 429)} on chat.postMessage, {slack.CallsTo("conversations.open").Count(c => c.StatusCode == 429)} on conversations.open
    fan-out {sending.TotalSeconds:F1} s from ready to the last prompt; minimum the limits allow {minimum.TotalSeconds:F1} s; {100 * sending / minimum:F0}%
    window turnover (a post to the {postsPerSecond}th after it) p10 {Turnover(0.1):F3} s, median {Turnover(0.5):F3} s, p90 {Turnover(0.9):F3} s, mean {(turnovers.Count == 0 ? 0 : turnovers.Average()):F3} s
    load average {loadBefore} before, {LoadAverage()} after
    host CPU {hostCpu.TotalSeconds:F1} s while sending, {hostCpu.TotalSeconds * 1000 / Math.Max(1, distinct):F2} s per 1,000 prompts
    """));
return distinct == members && delivered.Count == distinct ? 0 : 1;

// The 1-minute load average, beside each figure: wall-clock times mean little while other work shares the cores.
static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
