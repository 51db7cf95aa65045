using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReviewBot.Core.Text;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Text;

/// <summary>
/// Every resx file under src has its Simplified Chinese beside it with the same keys and the same
/// placeholders, and Core's sentences read in one language each.
/// </summary>
public partial class TranslationTests
{
    /// <summary>The languages the bot writes besides English, the neutral resx.</summary>
    private static readonly string[] Translations = ["zh-Hans"];

    public static TheoryData<string> EnglishFiles => [.. Directory.GetFiles(Path.Combine(RepositoryRoot(), "src"), "*.resx", SearchOption.AllDirectories)
        .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
        .Where(f => !Translations.Any(t => f.EndsWith($".{t}.resx", StringComparison.Ordinal)))
        .Select(f => Path.GetRelativePath(RepositoryRoot(), f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Each_english_resx_has_a_chinese_one_with_the_same_keys_and_placeholders(string englishFile)
    {
        var english = Sentences(Path.Combine(RepositoryRoot(), englishFile));
        var chineseFile = Path.Combine(RepositoryRoot(), englishFile[..^".resx".Length] + ".zh-Hans.resx");
        Assert.True(File.Exists(chineseFile), $"{englishFile} has no {Path.GetFileName(chineseFile)} beside it; every sentence the bot writes is in Chinese too.");
        var chinese = Sentences(chineseFile);

        Assert.True(
            english.Keys.ToHashSet().SetEquals(chinese.Keys),
            $"{englishFile}: only in English [{string.Join(", ", english.Keys.Except(chinese.Keys))}], only in Chinese [{string.Join(", ", chinese.Keys.Except(english.Keys))}].");
        Assert.All(english, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(chinese[pair.Key]), $"{pair.Key} is empty in Chinese.");
            Assert.True(
                Placeholders(pair.Value).SetEquals(Placeholders(chinese[pair.Key])),
                $"{englishFile} {pair.Key}: English fills [{string.Join(" ", Placeholders(pair.Value))}], Chinese [{string.Join(" ", Placeholders(chinese[pair.Key]))}].");
        });
    }

    [Fact]
    public void There_are_sentences_to_check()
    {
        Assert.NotEmpty(EnglishFiles);
    }

    [Fact]
    public void Every_sentence_core_writes_reads_in_english_and_in_chinese()
    {
        TextCatalogAssert.EverySentenceSpeaksBothLanguages(typeof(TextCatalog).Assembly);
    }

    [Fact]
    public void A_culture_without_its_own_translation_reads_english_and_chinese_of_any_region_reads_simplified_chinese()
    {
        var catalog = TextCatalogAssert.CatalogsOf(typeof(TextCatalog).Assembly)[0];
        var key = catalog.All(System.Globalization.CultureInfo.InvariantCulture).Keys.First();

        Assert.Equal(catalog.Say(TextCatalogAssert.English, key), catalog.Say(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), key));
        Assert.Equal(catalog.Say(TextCatalogAssert.Chinese, key), catalog.Say(System.Globalization.CultureInfo.GetCultureInfo("zh-SG"), key));
        Assert.NotEqual(catalog.Say(TextCatalogAssert.English, key), catalog.Say(TextCatalogAssert.Chinese, key));
    }

    private static Dictionary<string, string> Sentences(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string sentence) =>
        [.. Placeholder().Matches(sentence).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}; the translation tests read the repository's resx files.");
    }
}
