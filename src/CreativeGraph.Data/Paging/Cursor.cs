using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreativeGraph.Data.Sorting;

namespace CreativeGraph.Data.Paging;

/// <summary>
/// An opaque keyset cursor: base64url of <c>2</c> (the format version), the 8-character tag of the list and order it
/// came from (<see cref="CursorScope"/>), then the JSON array of the row's sort-key values, primary key last. Never
/// an offset. A cursor of another list or order does not decode.
/// </summary>
internal static class Cursor
{
    private const char Version = '2';

    public static string Encode(CursorScope scope, object?[] values) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + scope.Tag + JsonSerializer.Serialize(values)));

    /// <summary>Decodes the key values as <paramref name="types"/>; false for anything that is not a cursor of <paramref name="scope"/>.</summary>
    public static bool TryDecode(string cursor, CursorScope scope, IReadOnlyList<Type> types, out object?[] values)
    {
        values = [];
        try
        {
            string text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            int header = 1 + CursorScope.TagLength;
            if (text.Length < header || text[0] != Version || !text.AsSpan(1, CursorScope.TagLength).SequenceEqual(scope.Tag))
            {
                return false;
            }

            JsonElement[]? elements = JsonSerializer.Deserialize<JsonElement[]>(text.AsSpan(header));
            if (elements is null || elements.Length != types.Count)
            {
                return false;
            }

            values = new object?[types.Count];
            for (int i = 0; i < types.Count; i++)
            {
                values[i] = elements[i].Deserialize(types[i]);
            }

            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>
/// What a cursor is bound to: the list field (<c>Type.field</c>) and its sort keys with their directions. Two
/// lists or two orders give different tags, so a cursor is only accepted where it was issued (HC0078 elsewhere).
/// The tag is computed on first use: a request that neither reads nor passes a cursor never pays for it.
/// </summary>
internal sealed class CursorScope(string field, IReadOnlyList<SortKey> keys)
{
    public const int TagLength = 8;

    private string? _tag;

    public string Tag => _tag ??= ComputeTag();

    private string ComputeTag()
    {
        StringBuilder text = new(field);
        foreach (SortKey key in keys)
        {
            text.Append('|').Append(key.Descending ? '-' : '+').Append(key.Body);
        }

        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..TagLength];
    }
}
