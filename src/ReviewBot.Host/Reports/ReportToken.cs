using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ReviewBot.Host.Reports;

/// <summary>
/// The secret in a report link: 256 random bits written base64url (43 characters). Only its SHA-256 is
/// stored, so the database cannot give a link away; looking up by hash needs no constant-time compare.
/// </summary>
internal static class ReportToken
{
    public const int Bytes = 32;

    /// <summary>43: base64url of 32 bytes, without padding.</summary>
    public static readonly int Length = Base64Url.GetEncodedLength(Bytes);

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>Whether <paramref name="text"/> could be a token at all; anything else is refused before the database is asked.</summary>
    public static bool IsWellFormed(string text) =>
        text.Length == Length && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
