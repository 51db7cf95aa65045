using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Teams.Cards;

/// <summary>
/// Renders the neutral reply model as Adaptive Cards for Teams, inside Teams' message size: a long message
/// becomes several cards and long text several blocks, so nothing is refused by Teams and nothing is cut silently.
/// </summary>
public static class AdaptiveCardRenderer
{
    /// <summary>Teams needs 1.5 for <c>Action.Execute</c> (protocols.md §13); older clients take the Submit fallback.</summary>
    public const string Version = "1.5";

    /// <summary>The attachment content type of a card, and the invoke response type that carries one.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The verb of a form's submit action; the form's id travels in its data.</summary>
    public const string FormSubmitVerb = "form.submit";

    /// <summary>The data key holding the form's id; every other string in a submission is an input's value.</summary>
    public const string FormIdKey = "formId";

    /// <summary>The data keys of a button: the engine's action id and the button's value.</summary>
    public const string ActionKey = "action";

    public const string ValueKey = "value";

    /// <summary>One or more cards for a message, each within the size budget; the headline is repeated on each.</summary>
    public static IReadOnlyList<JsonObject> Message(MessageReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);

        // Pieces that stay on one card together: a section's title goes with its first paragraph or facts.
        var pieces = new List<List<JsonObject>>();
        foreach (var section in reply.Sections)
        {
            pieces.AddRange(Section(section));
        }

        // A bot's message carries no files in Teams: a text file the reply links nowhere (the team file an export
        // writes) is shown as code to copy, so it reaches the reader all the same.
        pieces.AddRange(reply.Files.Where(file => IsText(file) && reply.Links.All(link => link.Kind != LinkKind.Download)).SelectMany(CodeBlocks));

        // Charts come from the report page: Teams fetches the picture itself, and a picture it can't reach shows its alt text.
        pieces.AddRange(reply.Images.Select(image => new List<JsonObject> { Image(image) }));

        pieces.AddRange(reply.Context
            .SelectMany(line => CardText.Split(line, CardLimits.TextBlockText))
            .Select(chunk => new List<JsonObject> { TextBlock(chunk, size: "Small", subtle: true) }));

        // Buttons come last, under everything they act on, in sets Teams shows whole; a team's many buttons take
        // the cards after the text when the last one has no room for them.
        // Links (the report page, downloads) open in the browser, next to the buttons.
        var actions = reply.Buttons.Select(ButtonAction).Concat(reply.Links.Select(OpenUrl));
        pieces.AddRange(ActionSets(actions).Select(set => new List<JsonObject> { set }));

        // The fixed part of every card: the longest headline it can carry.
        var overhead = Size(Card([Headline($"{reply.Headline} (999/999)")]));
        var budget = CardLimits.CardJsonCharacters - overhead;
        if (budget <= 0)
        {
            throw new InvalidOperationException($"The headline of '{reply.Headline}' alone takes {overhead} characters; a Teams card holds about {CardLimits.CardJsonCharacters}.");
        }

        var pages = new List<List<JsonObject>> { new() };
        var used = 0;
        foreach (var piece in pieces)
        {
            var size = piece.Sum(element => Size(element) + 1);
            if (size > budget)
            {
                // Pieces are built from bounded text, so this means a limit above is wrong, not that the reply is too long.
                throw new InvalidOperationException($"A piece of '{reply.Headline}' takes {size} characters; a card has room for {budget}.");
            }

            if (used + size > budget && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = 0;
            }

            pages[^1].AddRange(piece);
            used += size;
        }

        var cards = new List<JsonObject>();
        for (var i = 0; i < pages.Count; i++)
        {
            var headline = pages.Count == 1 ? reply.Headline : string.Create(CultureInfo.InvariantCulture, $"{reply.Headline} ({i + 1}/{pages.Count})");
            cards.Add(Card([Headline(headline), .. pages[i]]));
        }

        return cards;
    }

    /// <summary>
    /// A card for a form, with the person's values kept and each error right under its field. Teams shows the
    /// card in place of the one that was submitted, so an invalid submission comes back with everything as typed.
    /// </summary>
    /// <param name="culture">The reader's: the engine wrote the form in it, and a required field's note follows.</param>
    /// <param name="besideSubmit">Buttons after the form's own (a prompt's other ways to answer).</param>
    public static JsonObject Form(FormReply form, CultureInfo culture, IReadOnlyList<Button>? besideSubmit = null)
    {
        ArgumentNullException.ThrowIfNull(form);

        // A form cannot be split across messages: its inputs are submitted together. A long one (a plan of many key
        // results, in Chinese, whose characters the size counts escaped) sheds its help instead: first the hints it
        // repeats from a field above, then every hint. Values, labels and errors always stay.
        var card = Form(form, culture, besideSubmit, HintsShown.All);
        foreach (var fewer in new[] { HintsShown.FirstOfEach, HintsShown.None })
        {
            if (Size(card) <= CardLimits.CardJsonCharacters)
            {
                break;
            }

            card = Form(form, culture, besideSubmit, fewer);
        }

        var size = Size(card);
        if (size > CardLimits.CardJsonCharacters)
        {
            throw new InvalidOperationException($"The form '{form.FormId}' takes {size} characters even without its hints; a Teams card holds about {CardLimits.CardJsonCharacters}.");
        }

        return card;
    }

    private enum HintsShown
    {
        All,

        /// <summary>A hint word for word like one under a field above (each key result's "unit" help) is left out.</summary>
        FirstOfEach,
        None,
    }

    private static JsonObject Form(FormReply form, CultureInfo culture, IReadOnlyList<Button>? besideSubmit, HintsShown hints)
    {
        var body = new List<JsonObject> { TextBlock(form.Title, size: "Large", weight: "Bolder") };
        if (form.Intro is not null)
        {
            body.AddRange(CardText.Split(form.Intro, CardLimits.TextBlockText).Select(chunk => TextBlock(chunk)));
        }

        if (form.Error is not null)
        {
            body.Add(TextBlock(form.Error, weight: "Bolder", color: "Attention"));
        }

        string? group = null;
        var hintsGiven = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < form.Fields.Count; i++)
        {
            var field = form.Fields[i];
            var input = Input(field, culture);
            if (i > 0 && field.Group != group)
            {
                // A line between groups: one key result's value, confidence and comment read as one block.
                input["separator"] = true;
                input["spacing"] = "Large";
            }

            group = field.Group;
            body.Add(input);
            if (field.Error is not null)
            {
                body.Add(TextBlock(field.Error, color: "Attention", spacing: "None"));
            }

            var firstTime = field.Hint is not null && hintsGiven.Add(field.Hint);
            if (field.Hint is not null && hints switch { HintsShown.All => true, HintsShown.FirstOfEach => firstTime, _ => false })
            {
                body.Add(TextBlock(field.Hint, size: "Small", subtle: true, spacing: "None"));
            }
        }

        var submit = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = form.SubmitLabel,
            ["verb"] = FormSubmitVerb,
            ["data"] = new JsonObject { [FormIdKey] = form.FormId },
            ["associatedInputs"] = "auto",
            ["style"] = "positive",
        };
        submit["fallback"] = SubmitFallback(submit);
        body.AddRange(ActionSets([submit, .. (besideSubmit ?? []).Select(ButtonAction)]));
        return Card(body);
    }

    /// <summary>
    /// The form id and input values of a submitted form, from an <c>Action.Execute</c> invoke's <c>value</c>
    /// (<c>{"action":{"data":…}}</c>), its <c>data</c>, or an <c>Action.Submit</c> message's <c>value</c>. Teams
    /// merges each input's value into the data under the input's id; anything that is not a string is not an
    /// input of ours and is left out. Null when the data carries no form id.
    /// </summary>
    public static (string FormId, IReadOnlyDictionary<string, string> Values)? FormValues(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data[ActionKey] is JsonObject action && action["data"] is JsonObject inner)
        {
            data = inner;
        }

        if (data[FormIdKey] is not JsonValue id || id.GetValueKind() != JsonValueKind.String || id.GetValue<string>() is not { Length: > 0 } formId)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in data)
        {
            if (key != FormIdKey && node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                values[key] = value.GetValue<string>();
            }
        }

        return (formId, values);
    }

    private static JsonObject Card(IEnumerable<JsonObject> body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = new JsonArray([.. body]),

        // Full width: a review's facts and a form's labels are cramped in Teams' default chat bubble.
        ["msteams"] = new JsonObject { ["width"] = "Full" },
    };

    private static JsonObject Headline(string text) => TextBlock(text, size: "Large", weight: "Bolder");

    private static IEnumerable<List<JsonObject>> Section(Section section)
    {
        var elements = new List<JsonObject>();
        if (section.Title is not null)
        {
            var title = TextBlock(section.Title, size: "Medium", weight: "Bolder");
            title["spacing"] = "Medium";
            elements.Add(title);
        }

        var pieces = new List<List<JsonObject>>();
        foreach (var chunk in CardText.Split(section.Text ?? string.Empty, CardLimits.TextBlockText))
        {
            pieces.Add([TextBlock(chunk)]);
        }

        pieces.AddRange(FactPieces(section.Facts));
        if (pieces.Count == 0)
        {
            return elements.Count == 0 ? [] : [elements];
        }

        // The title never ends a card on its own.
        pieces[0].InsertRange(0, elements);
        return pieces;
    }

    private static IEnumerable<List<JsonObject>> FactPieces(IReadOnlyList<Fact> facts)
    {
        var run = new List<Fact>();
        foreach (var fact in facts)
        {
            if (fact.Label.Length <= CardLimits.FactTitle && fact.Value.Length <= CardLimits.FactValue)
            {
                run.Add(fact);
                continue;
            }

            foreach (var set in FactSets(run))
            {
                yield return [set];
            }

            run.Clear();

            // Too long for a fact's narrow columns: the label as a bold line, the value as paragraphs under it.
            var label = CardText.Split(fact.Label, CardLimits.TextBlockText).Select(chunk => TextBlock(chunk, weight: "Bolder")).ToList();
            var value = CardText.Split(fact.Value, CardLimits.TextBlockText).Select(chunk => TextBlock(chunk)).ToList();
            if (value.Count == 0)
            {
                yield return label;
                continue;
            }

            yield return [.. label, value[0]];
            foreach (var rest in value.Skip(1))
            {
                yield return [rest];
            }
        }

        foreach (var set in FactSets(run))
        {
            yield return [set];
        }
    }

    private static IEnumerable<JsonObject> FactSets(List<Fact> facts) =>
        facts.Chunk(CardLimits.FactsPerSet).Select(chunk => new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([.. chunk.Select(f => (JsonNode)new JsonObject { ["title"] = f.Label, ["value"] = CardText.Markdown(f.Value) })]),
        });

    private static JsonObject ButtonAction(Button button)
    {
        var data = new JsonObject { [ActionKey] = button.ActionId };
        if (button.Value is not null)
        {
            data[ValueKey] = button.Value;
        }

        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = button.Label,
            ["verb"] = button.ActionId,
            ["data"] = data,
        };
        if (button.Style != ButtonStyle.Default)
        {
            action["style"] = button.Style == ButtonStyle.Primary ? "positive" : "destructive";
        }

        action["fallback"] = SubmitFallback(action);
        return action;
    }

    /// <summary>
    /// What a client without Universal Actions shows instead: the same button as Action.Submit, which arrives as a
    /// message whose value is the same data, so the turn mapper reads both the same way.
    /// </summary>
    private static JsonObject SubmitFallback(JsonObject execute)
    {
        var submit = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = execute["title"]!.DeepClone(),
            ["data"] = execute["data"]!.DeepClone(),
        };
        if (execute["style"] is { } style)
        {
            submit["style"] = style.DeepClone();
        }

        return submit;
    }

    private static JsonObject Image(MessageImage image) => new()
    {
        ["type"] = "Image",
        ["url"] = image.Url,
        ["altText"] = CardText.Split(image.AltText, CardLimits.TextBlockText).First(),
        ["size"] = "Stretch",
    };

    private static bool IsText(MessageFile file) =>
        file.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || file.ContentType is "application/yaml" or "application/json";

    /// <summary>
    /// The file's text as Teams' code blocks of whole lines, each small enough for a card even in escaped Chinese, numbered
    /// from the line it starts at so blocks on several cards are copied back in order. Clients without code blocks show monospace text.
    /// </summary>
    private static IEnumerable<List<JsonObject>> CodeBlocks(MessageFile file)
    {
        var lines = System.Text.Encoding.UTF8.GetString(file.Content.Span).Split('\n');
        var blocks = new List<(string Code, int StartLine)>();
        var chunk = new System.Text.StringBuilder();
        var first = 1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == lines.Length - 1 && lines[i].Length == 0)
            {
                break;
            }

            if (chunk.Length > 0 && chunk.Length + lines[i].Length + 1 > CardLimits.CodeBlockText)
            {
                blocks.Add((chunk.ToString(), first));
                chunk.Clear();
                first = i + 1;
            }

            chunk.Append(chunk.Length > 0 ? "\n" : "").Append(lines[i]);
            while (chunk.Length > CardLimits.CodeBlockText)
            {
                // One line longer than a block: it goes on in the next block, numbered from the same line.
                blocks.Add((chunk.ToString(0, CardLimits.CodeBlockText), first));
                chunk.Remove(0, CardLimits.CodeBlockText);
                first = i + 1;
            }
        }

        if (chunk.Length > 0)
        {
            blocks.Add((chunk.ToString(), first));
        }

        // The file's name goes with its first block: what to save the copied text as.
        return blocks.Select((block, index) => index == 0
            ? new List<JsonObject> { TextBlock(file.FileName, weight: "Bolder"), CodeBlock(block.Code, block.StartLine) }
            : [CodeBlock(block.Code, block.StartLine)]);
    }

    private static JsonObject CodeBlock(string code, int startLine)
    {
        var fallback = TextBlock(code);
        fallback["fontType"] = "Monospace";
        return new JsonObject
        {
            ["type"] = "CodeBlock",
            ["codeSnippet"] = code,
            ["language"] = "PlainText",
            ["startLineNumber"] = startLine,
            ["fallback"] = fallback,
        };
    }

    private static JsonObject OpenUrl(MessageLink link) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = link.Label,
        ["url"] = link.Url,
    };

    /// <summary>The actions in sets of at most <see cref="CardLimits.ActionsPerSet"/>: Teams shows no more of one set.</summary>
    private static IEnumerable<JsonObject> ActionSets(IEnumerable<JsonObject> actions) =>
        actions.Chunk(CardLimits.ActionsPerSet).Select(set => new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. set]) });

    private static JsonObject Input(FormField field, CultureInfo culture)
    {
        var label = field.Unit is null ? field.Label : $"{field.Label} ({field.Unit})";
        JsonObject input;
        if (field.Kind == FieldKind.Choice)
        {
            input = new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["style"] = "compact",
                ["isMultiSelect"] = false,
                ["choices"] = new JsonArray([.. (field.Choices ?? []).Select(c => (JsonNode)new JsonObject { ["title"] = c.Label, ["value"] = c.Value })]),
            };
        }
        else
        {
            // Amounts and numbers are text too: Input.Number would refuse "3,4 Mio. €" or "1.2万", which the engine reads.
            input = new JsonObject { ["type"] = "Input.Text", ["isMultiline"] = field.Kind == FieldKind.MultilineText };
        }

        input["id"] = field.Id;
        input["label"] = label;
        input["isRequired"] = field.Required;
        if (!string.IsNullOrEmpty(field.Value))
        {
            input["value"] = field.Value;
        }

        // errorMessage is what the client shows when its own check (a required field left empty) fails.
        var errorMessage = field.Error ?? (field.Required ? TeamsText.FieldIsRequired(culture, field.Label) : null);
        if (errorMessage is not null)
        {
            input["errorMessage"] = errorMessage;
        }

        return input;
    }

    private static JsonObject TextBlock(string text, string? size = null, string? weight = null, string? color = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = CardText.Markdown(text), ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }

        return block;
    }

    /// <summary>
    /// The JSON length with every non-ASCII character escaped, as System.Text.Json's default encoder writes it:
    /// an upper bound on what any serializer of the activity sends, so Chinese or accented text never overflows.
    /// </summary>
    private static int Size(JsonNode node) => node.ToJsonString().Length;
}
