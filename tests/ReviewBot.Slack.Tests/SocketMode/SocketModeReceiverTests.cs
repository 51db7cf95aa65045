using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Slack.Handlers;
using ReviewBot.Slack.Requests;
using ReviewBot.Slack.SocketMode;

namespace ReviewBot.Slack.Tests.SocketMode;

public class SocketModeReceiverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly SlackDeadline Arrived = new(DateTimeOffset.UnixEpoch);

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Handled>();
        services.AddTransient<SlackRouter>();
        services.AddSingleton<SocketModeReceiver>();
        services.AddSlackHandler<SlashCommand, CountingCommands>();
        return services.BuildServiceProvider();
    }

    private static SocketModeMessage.Envelope Command(string envelopeId, string text, int retry = 0) =>
        Assert.IsType<SocketModeMessage.Envelope>(SocketModeMessage.Parse(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["retry_attempt"] = retry,
            ["payload"] = new JsonObject
            {
                ["team_id"] = "T1", ["user_id"] = "U1", ["channel_id"] = "C1", ["command"] = "/review", ["text"] = text,
                ["response_url"] = "https://hooks.example/1", ["trigger_id"] = $"tr-{envelopeId}",
            },
        }.ToJsonString())));

    [Fact]
    public async Task A_command_is_acknowledged_by_its_envelope_id_with_the_answer_http_would_give_in_the_payload()
    {
        await using var services = Services();

        var ack = await services.GetRequiredService<SocketModeReceiver>().AcknowledgementAsync(Command("e-1", "help"), Arrived, Ct);

        Assert.Equal(
            new JsonObject { ["envelope_id"] = "e-1", ["payload"] = SlackAckJson.Payload(new SlackAck.Ephemeral("answer 1 to help")) }.ToJsonString(),
            ack);
    }

    [Fact]
    public async Task An_envelope_sent_again_gets_the_first_acknowledgement_and_is_handled_once_even_while_the_first_is_still_running()
    {
        await using var services = Services();
        var receiver = services.GetRequiredService<SocketModeReceiver>();
        var handled = services.GetRequiredService<Handled>();
        handled.Hold();

        var first = receiver.AcknowledgementAsync(Command("e-2", "me"), Arrived, Ct);
        var copyDuringIt = receiver.AcknowledgementAsync(Command("e-2", "me", retry: 1), Arrived, Ct);
        handled.Release();
        var copyAfterIt = await receiver.AcknowledgementAsync(Command("e-2", "me", retry: 2), Arrived, Ct);
        var another = await receiver.AcknowledgementAsync(Command("e-3", "me"), Arrived, Ct);

        Assert.Equal(await first, await copyDuringIt);
        Assert.Equal(await first, copyAfterIt);
        Assert.Contains("answer 1 to me", await first, StringComparison.Ordinal);
        Assert.Contains("answer 2 to me", another, StringComparison.Ordinal);
        Assert.Equal(2, handled.Count);
    }

    [Fact]
    public async Task An_envelope_whose_handler_fails_is_not_acknowledged_and_its_copy_is_handled_again()
    {
        await using var services = Services();
        var receiver = services.GetRequiredService<SocketModeReceiver>();

        var failed = await receiver.AcknowledgementAsync(Command("e-4", "fail"), Arrived, Ct);
        var copy = await receiver.AcknowledgementAsync(Command("e-4", "fail", retry: 1), Arrived, Ct);

        Assert.Null(failed);
        Assert.Null(copy);
        Assert.Equal(2, services.GetRequiredService<Handled>().Count);
    }

    [Fact]
    public async Task A_malformed_payload_is_acknowledged_empty_so_slack_stops_sending_it_and_reaches_no_handler()
    {
        await using var services = Services();
        var malformed = Assert.IsType<SocketModeMessage.Envelope>(SocketModeMessage.Parse("""{"envelope_id":"e-5","type":"slash_commands","payload":{"team_id":"T1"}}"""u8));

        var ack = await services.GetRequiredService<SocketModeReceiver>().AcknowledgementAsync(malformed, Arrived, Ct);

        Assert.Equal("""{"envelope_id":"e-5"}""", ack);
        Assert.Equal(0, services.GetRequiredService<Handled>().Count);
    }

    private sealed class Handled
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;
        private bool _held;

        public int Count => Volatile.Read(ref _count);

        public void Hold() => _held = true;

        public void Release() => _released.TrySetResult();

        public async Task<int> HandleAsync()
        {
            var number = Interlocked.Increment(ref _count);
            if (_held)
            {
                await _released.Task;
            }

            return number;
        }
    }

    private sealed class CountingCommands(Handled handled) : ISlackHandler<SlashCommand>
    {
        public async Task<SlackAck> HandleAsync(SlashCommand payload, SlackDeadline deadline, CancellationToken cancellationToken)
        {
            var number = await handled.HandleAsync();
            return payload.Text == "fail"
                ? throw new InvalidOperationException("the engine failed")
                : new SlackAck.Ephemeral($"answer {number} to {payload.Text}");
        }
    }
}
