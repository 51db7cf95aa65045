// Usage: dotnet ReviewBot.Benchmarks.HttpFloor.dll --urls http://127.0.0.1:PORT ANSWER.json
// Answers POST /slack/commands with the bytes of ANSWER.json (ReviewBot's own answer to /review help), after reading
// the form as any Slack app must, and GET /healthz with 200.
var answerFile = args.LastOrDefault(argument => !argument.StartsWith("--", StringComparison.Ordinal))
    ?? throw new ArgumentException("Name the file holding the answer to send.");
var answer = await File.ReadAllBytesAsync(answerFile);

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok());
app.MapPost("/slack/commands", async (HttpRequest request) =>
{
    await request.ReadFormAsync();
    return Results.Bytes(answer, "application/json");
});
await app.RunAsync();
