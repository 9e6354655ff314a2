using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace CreativeGraph.Data.Paging;

/// <summary>
/// An opaque keyset cursor (R11): base64url of <c>1</c> (the format version) followed by the JSON array of the
/// row's sort-key values, primary key last. Never an offset.
/// </summary>
internal static class Cursor
{
    private const char Version = '1';

    public static string Encode(object?[] values) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + JsonSerializer.Serialize(values)));

    /// <summary>Decodes the key values as <paramref name="types"/>; false for anything that is not such a cursor.</summary>
    public static bool TryDecode(string cursor, IReadOnlyList<Type> types, out object?[] values)
    {
        values = [];
        try
        {
            string text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.Length == 0 || text[0] != Version)
            {
                return false;
            }

            JsonElement[]? elements = JsonSerializer.Deserialize<JsonElement[]>(text.AsSpan(1));
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
