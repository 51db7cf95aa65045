using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Conversation;
using ReviewBot.Host.Import;
using ReviewBot.Host.Scheduling;
using ReviewBot.Host.Storage;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>
/// The scheduler as the host runs it (planner, claims, sender, engine, SQLite file) on a fake clock, with
/// a recording channel and the tick called by the test instead of Hangfire. Restartable on the same file.
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly Func<IServiceProvider, IDeliveryDispatcher>? _dispatcher;
    private IHost? _host;

    private SchedulerHarness(DateTimeOffset start, Func<IServiceProvider, IDeliveryDispatcher>? dispatcher)
    {
        Time = new FakeTimeProvider(start);
        Messenger = new RecordingMessenger(Time);
        _dispatcher = dispatcher;
    }

    public FakeTimeProvider Time { get; }

    public RecordingMessenger Messenger { get; }

    public IServiceProvider Services => _host!.Services;

    public Database Database => Services.GetRequiredService<Database>();

    public ConversationEngine Engine => Services.GetRequiredService<ConversationEngine>();

    public static async Task<SchedulerHarness> StartAsync(string okrFile, DateTimeOffset start, CancellationToken cancellationToken, Func<IServiceProvider, IDeliveryDispatcher>? dispatcher = null)
    {
        var harness = new SchedulerHarness(start, dispatcher);
        await harness.BootAsync(cancellationToken);
        var (file, errors) = OkrFileReader.Read(okrFile);
        Assert.True(file is not null, string.Join(Environment.NewLine, errors));
        await new OkrImporter(harness.Database).ImportAsync(file, dryRun: false, cancellationToken);
        return harness;
    }

    /// <summary>Stops the host as a crash would (nothing finishes) and starts a new one on the same database.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        _host!.Dispose();
        await BootAsync(cancellationToken);
    }

    public Task<DeliveryPassResult> TickAsync(CancellationToken cancellationToken) =>
        Services.GetRequiredService<DeliveryPass>().RunAsync(DeliveryScope.Everything, cancellationToken);

    public async Task<IReadOnlyList<Member>> MembersAsync(CancellationToken cancellationToken)
    {
        await using var session = await Database.OpenSessionAsync(cancellationToken);
        var workspace = await session.Workspaces.FindAsync(ChatPlatform.Playground, "sim", cancellationToken);
        var team = (await session.Teams.ListAsync(workspace!.Id, cancellationToken)).Single();
        return await session.Teams.MembersAsync(workspace.Id, team.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<ScheduledDelivery>> DeliveriesAsync(CancellationToken cancellationToken)
    {
        var members = await MembersAsync(cancellationToken);
        await using var session = await Database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.ForTeamAsync(members[0].WorkspaceId, members[0].TeamId, cancellationToken);
    }

    /// <summary>A member answering their prompt the way the buttons do: open the form, fill in every field, save.</summary>
    public async Task<MessageReply> AnswerAsync(Member member, string actionId, Func<FormField, string?> fill, CancellationToken cancellationToken)
    {
        var opened = await Engine.HandleAsync(Turn(member, new ButtonPress(actionId, null)), cancellationToken);
        var form = opened.OfType<FormReply>().Single();
        var values = form.Fields
            .Select(f => (f.Id, Value: fill(f)))
            .Where(f => f.Value is not null)
            .ToDictionary(f => f.Id, f => f.Value!);
        var saved = await Engine.HandleAsync(Turn(member, new FormSubmission(form.FormId, values)), cancellationToken);
        var reply = saved.OfType<MessageReply>().FirstOrDefault();
        Assert.True(reply is not null, $"{member.Name}'s form was not saved: {string.Join("; ", saved.OfType<FormReply>().SelectMany(f => f.Fields).Where(f => f.Error is not null).Select(f => $"{f.Id}: {f.Error}"))}");
        return reply;
    }

    public Task<IReadOnlyList<Reply>> SayAsync(Member member, string command, CancellationToken cancellationToken) =>
        Engine.HandleAsync(Turn(member, new CommandInput(command)), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _host?.Dispose();
        await Task.Yield();
        _folder.Dispose();
    }

    private static Turn Turn(Member member, TurnInput input) => new()
    {
        WorkspaceId = member.WorkspaceId,
        Platform = ChatPlatform.Playground,
        UserId = member.Id,
        ConversationId = $"playground:{member.Id}",
        Input = input,
        SubmissionId = $"sim:{Guid.NewGuid():N}",
    };

    private async Task BootAsync(CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = _folder.FullPath });
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.AddReviewBotStorage();
        builder.AddReviewBotConversation();
        builder.AddDeliveryPlanning();
        builder.Services.AddSingleton<IChannelMessenger>(Messenger);
        if (_dispatcher is null)
        {
            builder.Services.AddSingleton<IDeliveryDispatcher, ImmediateDeliveryDispatcher>();
        }
        else
        {
            builder.Services.AddSingleton(_dispatcher);
        }

        _host = builder.Build();
        await _host.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
    }
}
