using System.Text;

namespace ReviewBot.Storage.Dialects;

/// <summary>
/// An enum's names as UTF-8 bytes, so a column holding one exactly is read without a string or a parse: a quarter of a
/// large team stores two enums on each of tens of thousands of rows. Anything else (another case, a number) is left
/// to <see cref="Enum.Parse{TEnum}(ReadOnlySpan{char})"/>, as before.
/// </summary>
internal static class Utf8EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (byte[] Name, TEnum Value)[] Names =
        [.. Enum.GetValues<TEnum>().Select(v => (Encoding.UTF8.GetBytes(v.ToString()), v))];

    public static bool TryFind(ReadOnlySpan<byte> text, out TEnum value)
    {
        foreach (var (name, named) in Names)
        {
            if (text.SequenceEqual(name))
            {
                value = named;
                return true;
            }
        }

        value = default;
        return false;
    }
}
