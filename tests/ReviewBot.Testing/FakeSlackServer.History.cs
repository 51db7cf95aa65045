using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReviewBot.Testing;

/// <summary>
/// The fake's conversation history (conversations.history with oldest, limit, cursor and include_all_metadata,
/// message metadata kept as posted) and the faults where Slack posts a message and its answer is then lost.
/// </summary>
public sealed partial class FakeSlackServer
{
    private readonly List<(string Channel, string Ts, string Text, JsonObject? Metadata)> history = [];
    private readonly Queue<LostAnswer> lostAnswers = new();

    private enum LostAnswer
    {
        ServerError,
        NoAnswer,
    }

    /// <summary>The next <paramref name="times"/> chat.postMessage calls store their message, then answer 500 with no Slack body.</summary>
    public void StoreThenFailNext(int times = 1) => LoseNextAnswers(LostAnswer.ServerError, times);

    /// <summary>The next <paramref name="times"/> chat.postMessage calls store their message, then never answer (the client times out).</summary>
    public void StoreThenHangNext(int times = 1) => LoseNextAnswers(LostAnswer.NoAnswer, times);

    /// <summary>The messages in one channel as conversations.history holds them, oldest first, with their metadata.</summary>
    public IReadOnlyList<(string Ts, string Text, JsonObject? Metadata)> HistoryOf(string channel)
    {
        lock (gate)
        {
            return [.. history.Where(m => m.Channel == channel).Select(m => (m.Ts, m.Text, (JsonObject?)m.Metadata?.DeepClone()))];
        }
    }

    /// <summary>Puts a message in a channel's history as if the bot had posted it (an attempt whose host died before recording it).</summary>
    public string AddToHistory(string channel, string text, JsonObject? metadata = null)
    {
        lock (gate)
        {
            var ts = NextTs(time.GetUtcNow());
            messages[$"{channel}/{ts}"] = text;
            history.Add((channel, ts, text, (JsonObject?)metadata?.DeepClone()));
            return ts;
        }
    }

    private void LoseNextAnswers(LostAnswer how, int times)
    {
        lock (gate)
        {
            for (var i = 0; i < times; i++)
            {
                lostAnswers.Enqueue(how);
            }
        }
    }

    private void KeepInHistory(string channel, string ts, SlackCall call) =>
        history.Add((channel, ts, call.Arg("text") ?? "", call.JsonArg("metadata") is JsonObject metadata ? (JsonObject)metadata.DeepClone() : null));

    /// <summary>A stored post whose next fault is "no answer": the request hangs until the client gives up.</summary>
    private async Task<bool> AnswerLostAsync(SlackCall call, FakeSlackAnswer answer, HttpContext context)
    {
        if (call.Method != "chat.postMessage" || answer.Status != HttpStatusCode.OK)
        {
            return false;
        }

        lock (gate)
        {
            if (!lostAnswers.TryPeek(out var next) || next != LostAnswer.NoAnswer)
            {
                return false;
            }

            lostAnswers.Dequeue();
            calls.Add(call with { StatusCode = 0 });
        }

        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up: what a timeout looks like from Slack's side.
        }

        return true;
    }

    /// <summary>A stored post whose next fault is "server error": the message stays, the answer says 500.</summary>
    private FakeSlackAnswer AnswerAfterStoring(SlackCall call, FakeSlackAnswer answer)
    {
        if (call.Method != "chat.postMessage" || answer.Status != HttpStatusCode.OK)
        {
            return answer;
        }

        lock (gate)
        {
            return lostAnswers.TryPeek(out var next) && next == LostAnswer.ServerError && lostAnswers.TryDequeue(out _)
                ? FakeSlackAnswer.ServerError()
                : answer;
        }
    }

    private FakeSlackAnswer History(SlackCall call)
    {
        // A DM exists once conversations.open (or a post to the user) made it.
        if (call.Arg("channel") is not { Length: > 0 } channel || (channel.StartsWith('D') && !directMessages.ContainsValue(channel)))
        {
            return Error("channel_not_found");
        }

        var oldest = decimal.TryParse(call.Arg("oldest"), NumberStyles.Number, CultureInfo.InvariantCulture, out var from) ? from : 0m;
        var limit = int.TryParse(call.Arg("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? Math.Clamp(asked, 1, 999) : 100;
        var skip = int.TryParse(call.Arg("cursor"), NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
        var withMetadata = call.Arg("include_all_metadata") == "true";

        // Newest first, as Slack answers; oldest is exclusive.
        var matching = history
            .Where(m => m.Channel == channel && decimal.Parse(m.Ts, CultureInfo.InvariantCulture) > oldest)
            .OrderByDescending(m => decimal.Parse(m.Ts, CultureInfo.InvariantCulture))
            .ToList();
        var page = matching.Skip(skip).Take(limit).ToList();
        var more = skip + page.Count < matching.Count;
        var list = new JsonArray();
        foreach (var message in page)
        {
            var item = new JsonObject { ["type"] = "message", ["ts"] = message.Ts, ["text"] = message.Text, ["bot_id"] = BotId, ["user"] = BotUserId };
            if (withMetadata && message.Metadata is { } metadata)
            {
                item["metadata"] = metadata.DeepClone();
            }

            list.Add(item);
        }

        return Ok(new JsonObject
        {
            ["messages"] = list,
            ["has_more"] = more,
            ["response_metadata"] = new JsonObject { ["next_cursor"] = more ? (skip + page.Count).ToString(CultureInfo.InvariantCulture) : "" },
        });
    }
}
