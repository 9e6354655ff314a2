using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;

namespace CreativeGraph.Api.Authentication;

/// <summary>
/// The API keys the server accepts, from <c>Authentication:ApiKeys:&lt;name&gt;</c> (<c>Hash</c>: the key's SHA-256 as
/// 64 hex digits; <c>Roles</c>: the roles the key grants). A malformed entry stops the server at start-up.
/// </summary>
internal sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    public List<ApiKeyEntry> Keys { get; } = [];

    /// <summary>The entry whose hash is the key's; every entry is compared, in constant time, whatever matches.</summary>
    public ApiKeyEntry? Find(string key)
    {
        byte[] presented = ApiKey.Hash(key);
        ApiKeyEntry? found = null;
        foreach (ApiKeyEntry entry in Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, entry.Hash))
            {
                found = entry;
            }
        }

        return found;
    }

    public override void Validate()
    {
        base.Validate();
        if (Keys.FirstOrDefault(k => k.Hash.Length != SHA256.HashSizeInBytes) is { } invalid)
        {
            throw new InvalidOperationException(
                $"{ApiKeyEntry.Section}:{invalid.Name}:Hash must be the SHA-256 of the key as 64 hex digits; " +
                "`dotnet run --project src/CreativeGraph.Api -- apikey create --name NAME` prints one.");
        }
    }
}

/// <summary>One configured API key: its name (the caller's name), its hash and the roles it grants.</summary>
internal sealed record ApiKeyEntry(string Name, byte[] Hash, IReadOnlyList<string> Roles)
{
    public const string Section = "Authentication:ApiKeys";
}
