using System.Text;

namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// A process-wide, lock-free, direct-mapped cache of Name strings: documents repeat the same field and
/// type names request after request, so the parser reuses one string per name instead of decoding
/// each occurrence. A collision just replaces the slot (reference writes are atomic).
/// </summary>
internal static class NameCache
{
    private const int MaxCachedLength = 32;
    private const int SlotCount = 4096; // a power of two
    private static readonly string?[] s_slots = new string?[SlotCount];

    /// <summary>The string for an ASCII Name token's bytes.</summary>
    public static string Get(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(name);
        }

        // FNV-1a over the bytes.
        uint hash = 2166136261;
        foreach (byte b in name)
        {
            hash = (hash ^ b) * 16777619;
        }

        ref string? slot = ref s_slots[hash & (SlotCount - 1)];
        string? cached = slot;
        if (cached is not null && Matches(cached, name))
        {
            return cached;
        }

        string created = Encoding.UTF8.GetString(name);
        slot = created;
        return created;
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> name)
    {
        if (cached.Length != name.Length)
        {
            return false;
        }

        for (int i = 0; i < name.Length; i++)
        {
            if (cached[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
