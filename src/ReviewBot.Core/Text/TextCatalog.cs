using System.Globalization;
using System.Resources;

namespace ReviewBot.Core.Text;

/// <summary>
/// The sentences of one area of the bot, in every language it speaks: <c>Name.resx</c> holds the English,
/// <c>Name.zh-Hans.resx</c> the Simplified Chinese, beside the <c>Name.cs</c> whose accessors read them.
/// </summary>
/// <remarks>
/// The culture is passed on every call rather than read from <see cref="CultureInfo.CurrentUICulture"/>: one
/// turn writes to a member in their language and to the team's channel in the team's, and an ambient culture
/// would let one leak into the other. The resource manager's own fallback chooses the language
/// (zh-CN and zh-SG read zh-Hans; every culture without its own file reads English), so the same culture
/// also formats the values in the sentence and a reader never gets two languages in one line.
/// </remarks>
public sealed class TextCatalog
{
    private readonly ResourceManager resources;

    /// <param name="accessors">The class beside the resx files, whose full name is their resource name.</param>
    public TextCatalog(Type accessors)
    {
        ArgumentNullException.ThrowIfNull(accessors);
        resources = new ResourceManager(accessors);
        Accessors = accessors;
    }

    /// <summary>The accessor class; the translation tests find every catalog through it.</summary>
    public Type Accessors { get; }

    /// <summary>The sentence <paramref name="key"/> in the culture's language, with its values formatted in that culture.</summary>
    public string Say(CultureInfo culture, string key, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var text = resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"{Accessors.Name}.resx has no sentence {key}; add it there and to every translation of it.");
        return values.Length == 0 ? text : string.Format(culture, text, values);
    }

    /// <summary>
    /// Every key with its sentence in one culture, without falling back (the invariant culture reads the
    /// English): what the translation tests compare.
    /// </summary>
    public IReadOnlyDictionary<string, string> All(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        if (set is null)
        {
            return all;
        }

        foreach (System.Collections.DictionaryEntry entry in set)
        {
            if (entry.Value is string sentence)
            {
                all[(string)entry.Key] = sentence;
            }
        }

        return all;
    }
}
