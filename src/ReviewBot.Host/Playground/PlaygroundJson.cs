using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Host.Playground;

/// <summary>
/// How the playground writes the engine's neutral replies as JSON: camelCase, enums as words, and a
/// <c>kind</c> of <c>message</c> or <c>form</c> on each reply. The Core model stays free of JSON attributes.
/// A message's <c>files</c> are left out: their bytes would swell every reply, and its <c>links</c> carry
/// the same documents for the page.
/// </summary>
public static class PlaygroundJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddReplyKinds, LeaveOutFiles } },
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }

    private static void LeaveOutFiles(JsonTypeInfo info)
    {
        if (info.Type == typeof(MessageReply) && info.Properties.FirstOrDefault(p => p.Name == "files") is { } files)
        {
            info.Properties.Remove(files);
        }
    }

    private static void AddReplyKinds(JsonTypeInfo info)
    {
        if (info.Type == typeof(Reply))
        {
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "kind",
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
                DerivedTypes =
                {
                    new JsonDerivedType(typeof(MessageReply), "message"),
                    new JsonDerivedType(typeof(FormReply), "form"),
                },
            };
        }
    }
}
