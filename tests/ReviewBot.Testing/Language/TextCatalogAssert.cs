using System.Globalization;
using System.Reflection;
using ReviewBot.Core.Text;
using Assert = Xunit.Assert;

namespace ReviewBot.Testing.Language;

/// <summary>
/// Every sentence accessor of an assembly, called in English and in Chinese: a key missing from a resx file,
/// a placeholder the accessor does not fill, or a Chinese sentence with English left in it fails here,
/// before a reader meets it.
/// </summary>
public static class TextCatalogAssert
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The accessor classes: each holds a static <see cref="TextCatalog"/> beside its resx files.</summary>
    public static IReadOnlyList<TextCatalog> CatalogsOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(TextCatalog))
            .Select(f => (TextCatalog)f.GetValue(null)!)];
    }

    public static void EverySentenceSpeaksBothLanguages(Assembly assembly)
    {
        var catalogs = CatalogsOf(assembly);
        Assert.NotEmpty(catalogs);
        foreach (var catalog in catalogs)
        {
            var accessors = catalog.Accessors.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == typeof(string) && m.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(CultureInfo))
                .ToList();
            var keys = catalog.All(CultureInfo.InvariantCulture).Keys.ToHashSet(StringComparer.Ordinal);
            var names = accessors.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            Assert.True(keys.SetEquals(names), $"{catalog.Accessors.Name}: the resx keys and the accessors differ; keys without an accessor [{string.Join(", ", keys.Except(names))}], accessors without a key [{string.Join(", ", names.Except(keys))}].");
            foreach (var accessor in accessors)
            {
                var values = accessor.GetParameters().Skip(1).Select((p, i) => Sample(p.ParameterType, i)).ToArray();
                var english = Call(accessor, English, values);
                var chinese = Call(accessor, Chinese, values);
                var samples = values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "");
                LanguageAssert.English(english, samples);
                LanguageAssert.Chinese(chinese, samples);
            }
        }
    }

    private static string Call(MethodInfo accessor, CultureInfo culture, object?[] values)
    {
        try
        {
            return (string)accessor.Invoke(null, [culture, .. values])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new Xunit.Sdk.XunitException($"{accessor.DeclaringType!.Name}.{accessor.Name} in {culture.Name}: {e.InnerException.Message}");
        }
    }

    // Values that cannot be mistaken for words of either language, so the checks see only the sentence.
    private static object? Sample(Type type, int index) => type switch
    {
        _ when type == typeof(string) => $"«{index}»",
        _ when type == typeof(int) => 3 + index,
        _ when type == typeof(long) => 3L + index,
        _ when type == typeof(decimal) => 3.5m + index,
        _ when type == typeof(double) => 3.5 + index,
        _ => throw new InvalidOperationException($"A sentence accessor takes {type.Name}; give it formatted text (string) or a count (int)."),
    };
}
