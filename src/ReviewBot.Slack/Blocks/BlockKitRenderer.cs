using System.Globalization;
using System.Text.Json.Nodes;
using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.Blocks;

/// <summary>
/// Renders the neutral reply model as Block Kit, inside Slack's limits: a long message becomes several
/// messages and long text several sections, so nothing is refused by Slack and nothing is cut silently.
/// </summary>
public static class BlockKitRenderer
{
    /// <summary>The action id of every input element; the block id is the form field's id.</summary>
    public const string InputActionId = "value";

    /// <summary>One or more Slack messages for a reply, each within the block limit.</summary>
    public static IReadOnlyList<SlackMessage> Message(MessageReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new List<JsonObject> { Header(reply.Headline) };
        foreach (var section in reply.Sections)
        {
            blocks.AddRange(Section(section));
        }

        if (reply.Links.Count > 0)
        {
            // Links as mrkdwn, not URL buttons: a URL button still sends an interaction to acknowledge, for nothing.
            // Images are left to the report page and to files in the thread: an image block whose URL Slack
            // cannot fetch makes Slack refuse the whole message.
            var links = string.Join("  ·  ", reply.Links.Select(l => $"<{LinkUrl(l.Url)}|{Escape(l.Label).Replace("|", "/", StringComparison.Ordinal)}>"));
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(TextChunks.Shorten(links, SlackLimits.SectionText)) });
        }

        var contextPieces = reply.Context.SelectMany(line => TextChunks.Split(Escape(line), SlackLimits.FieldText));
        foreach (var chunk in contextPieces.Chunk(SlackLimits.ContextElements))
        {
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray([.. chunk.Select(line => (JsonNode)Mrkdwn(line))]) });
        }

        foreach (var buttons in reply.Buttons.Chunk(SlackLimits.ActionsElements))
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. buttons.Select(b => (JsonNode)Button(b))]) });
        }

        var pages = Pages(blocks).ToList();
        return
        [
            .. pages.Select((page, i) => new SlackMessage(
                TextChunks.Shorten(pages.Count == 1 ? reply.Headline : $"{reply.Headline} ({i + 1}/{pages.Count})", SlackLimits.FallbackText),
                new JsonArray([.. page.Select(block => (JsonNode)block)]))),
        ];
    }

    /// <summary>
    /// Messages of at most 50 blocks and about 11,000 characters: besides the block count Slack refuses a
    /// message whose blocks are too long in all (msg_blocks_too_long, near 12,000 characters).
    /// </summary>
    private static IEnumerable<JsonObject[]> Pages(List<JsonObject> blocks)
    {
        var page = new List<JsonObject>();
        var size = 0;
        foreach (var block in blocks)
        {
            var length = block.ToJsonString().Length;
            if (page.Count > 0 && (page.Count == SlackLimits.BlocksPerMessage || size + length > SlackLimits.MessageCharacters))
            {
                yield return [.. page];
                page.Clear();
                size = 0;
            }

            page.Add(block);
            size += length;
        }

        if (page.Count > 0)
        {
            yield return [.. page];
        }
    }

    /// <summary>A modal view for a form, with the person's inputs as initial values.</summary>
    /// <param name="culture">The reader's: the engine wrote the form in it, and the modal's own Cancel follows.</param>
    public static JsonObject Modal(FormReply form, string privateMetadata, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(privateMetadata);
        if (form.FormId.Length > SlackLimits.CallbackId || privateMetadata.Length > SlackLimits.PrivateMetadata)
        {
            throw new ArgumentException("The form id or its metadata is longer than Slack allows.", nameof(form));
        }

        // A divider between groups (one key result's fields) where the modal has room for them; without, where it has not.
        var divided = ModalBlocks(form, dividers: true).ToList();
        var blocks = new JsonArray([.. (divided.Count <= SlackLimits.BlocksPerModal ? divided : ModalBlocks(form, dividers: false))]);
        if (blocks.Count > SlackLimits.BlocksPerModal)
        {
            throw new InvalidOperationException($"The form has {blocks.Count} blocks; a Slack modal holds {SlackLimits.BlocksPerModal}. Ask FitsModal first.");
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = form.FormId,
            ["private_metadata"] = privateMetadata,
            ["title"] = PlainText(TextChunks.Shorten(form.Title, SlackLimits.ModalTitle)),
            ["submit"] = PlainText(TextChunks.Shorten(form.SubmitLabel, SlackLimits.ModalSubmit)),
            ["close"] = PlainText(SlackText.ModalClose(culture)),
            ["blocks"] = blocks,
        };
    }

    /// <summary>
    /// Whether the form fits one modal: Slack refuses a view of more than 100 blocks whole, and each field is a block of
    /// its own. A form that does not fit is offered another way (<see cref="Handlers.SlackResponder.FormAsButton"/>).
    /// </summary>
    public static bool FitsModal(FormReply form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ModalBlocks(form, dividers: false).Count() <= SlackLimits.BlocksPerModal;
    }

    private static IEnumerable<JsonObject> ModalBlocks(FormReply form, bool dividers)
    {
        if (form.Title.Length > SlackLimits.ModalTitle)
        {
            // The modal title is capped at 24 characters; the whole title leads the body instead.
            yield return Header(form.Title);
        }

        if (form.Intro is not null)
        {
            foreach (var chunk in TextChunks.Split(Escape(form.Intro), SlackLimits.SectionText))
            {
                yield return new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(chunk) };
            }
        }

        if (form.Error is not null)
        {
            foreach (var chunk in TextChunks.Split($":warning: {Escape(form.Error)}", SlackLimits.SectionText))
            {
                yield return new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(chunk) };
            }
        }

        string? group = null;
        for (var i = 0; i < form.Fields.Count; i++)
        {
            var field = form.Fields[i];
            if (dividers && i > 0 && field.Group is not null && field.Group != group)
            {
                yield return new JsonObject { ["type"] = "divider" };
            }

            group = field.Group;
            yield return Input(field);
        }
    }

    /// <summary>The answer to an invalid view_submission: each error beside its field, the inputs kept by Slack.</summary>
    public static JsonObject Errors(FormReply form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new JsonObject();
        foreach (var field in form.Fields.Where(f => f.Error is not null))
        {
            errors[field.Id] = field.Error;
        }

        if (form.Error is not null && form.Fields.Count > 0)
        {
            // Only input blocks can show errors: a form-wide one goes beside the first field.
            var first = form.Fields[0].Id;
            errors[first] = errors[first] is { } existing ? $"{form.Error} {existing.GetValue<string>()}" : form.Error;
        }

        return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
    }

    private static JsonObject Header(string text) =>
        new() { ["type"] = "header", ["text"] = PlainText(TextChunks.Shorten(text, SlackLimits.HeaderText)) };

    private static IEnumerable<JsonObject> Section(Section section)
    {
        var text = string.Join("\n", new[] { section.Title is null ? null : $"*{Escape(section.Title)}*", section.Text is null ? null : Escape(section.Text) }.OfType<string>());
        var chunks = TextChunks.Split(text, SlackLimits.SectionText).ToList();
        foreach (var chunk in chunks)
        {
            yield return new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(chunk) };
        }

        var fields = section.Facts.SelectMany(f => TextChunks.Split($"*{Escape(f.Label)}*\n{Escape(f.Value)}", SlackLimits.FieldText));
        foreach (var chunk in fields.Chunk(SlackLimits.SectionFields))
        {
            yield return new JsonObject { ["type"] = "section", ["fields"] = new JsonArray([.. chunk.Select(t => (JsonNode)Mrkdwn(t))]) };
        }
    }

    private static JsonObject Button(Button button)
    {
        var element = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(TextChunks.Shorten(button.Label, SlackLimits.ButtonText)),
            ["action_id"] = button.Value is null ? button.ActionId : $"{button.ActionId}|{button.Value}",
        };
        if (button.Value is not null)
        {
            element["value"] = button.Value;
        }

        if (button.Style != ButtonStyle.Default)
        {
            element["style"] = button.Style == ButtonStyle.Primary ? "primary" : "danger";
        }

        return element;
    }

    private static JsonObject Input(FormField field)
    {
        var label = field.Unit is null ? field.Label : $"{field.Label} ({field.Unit})";
        JsonObject element;
        if (field.Kind == FieldKind.Choice)
        {
            var choices = field.Choices ?? [];
            if (choices.Count > SlackLimits.OptionsPerSelect)
            {
                throw new InvalidOperationException($"'{field.Label}' has {choices.Count} choices; a Slack select holds {SlackLimits.OptionsPerSelect}.");
            }

            var options = choices.Select(c => (JsonNode)Option(c)).ToList();
            element = new JsonObject { ["type"] = "static_select", ["action_id"] = InputActionId, ["options"] = new JsonArray([.. options]) };
            if (field.Choices?.FirstOrDefault(c => c.Value == field.Value) is { } chosen)
            {
                element["initial_option"] = Option(chosen);
            }
        }
        else
        {
            element = new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = InputActionId,
                ["multiline"] = field.Kind == FieldKind.MultilineText,
            };
            if (!string.IsNullOrEmpty(field.Value))
            {
                element["initial_value"] = field.Value;
            }
        }

        var block = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = field.Id,
            ["optional"] = !field.Required,
            ["label"] = PlainText(TextChunks.Shorten(label, SlackLimits.InputLabel)),
            ["element"] = element,
        };
        if (field.Hint is not null)
        {
            block["hint"] = PlainText(TextChunks.Shorten(field.Hint, SlackLimits.InputHint));
        }

        return block;
    }

    private static JsonObject Option(Choice choice) =>
        new() { ["text"] = PlainText(TextChunks.Shorten(choice.Label, SlackLimits.OptionText)), ["value"] = choice.Value };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    /// <summary>A URL inside Slack's &lt;url|label&gt;: only the three control characters need escaping, and '|' must not appear.</summary>
    private static string LinkUrl(string url) => Escape(url).Replace("|", "%7C", StringComparison.Ordinal);

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Slack's three control characters in mrkdwn; names and comments are shown as written.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
