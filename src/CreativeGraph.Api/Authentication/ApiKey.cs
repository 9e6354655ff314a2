using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CreativeGraph.Api.Authentication;

/// <summary>
/// API keys: 32 random bytes, base64url, with a <c>cgk_</c> prefix so a leaked key is recognisable. The server keeps
/// only the SHA-256 of a key (64 hex digits); a presented key is hashed and compared in constant time.
/// </summary>
internal static class ApiKey
{
    public const string Prefix = "cgk_";

    /// <summary>Longer header values are not keys and are not hashed.</summary>
    public const int MaxLength = 256;

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of the key's UTF-8 bytes as lowercase hex: what the configuration holds.</summary>
    public static string HashHex(string key) => Convert.ToHexStringLower(Hash(key));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Reads a configured hash (64 hex digits, any case); false when it is not one.</summary>
    public static bool TryParseHash(string? hex, out byte[] hash)
    {
        hash = [];
        if (hex is not { Length: SHA256.HashSizeInBytes * 2 })
        {
            return false;
        }

        try
        {
            hash = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
