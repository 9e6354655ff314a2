using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace CreativeGraph.Data.Relay;

/// <summary>
/// HotChocolate's global object identifiers: standard base64 of the UTF-8 text <c>&lt;TypeName&gt;:&lt;id&gt;</c>
/// (<c>Region:1</c> → <c>UmVnaW9uOjE=</c>). Opaque to clients; stable as long as the surrogate key is.
/// </summary>
public static class GlobalId
{
    private const int MaxLength = 256;

    /// <summary>The global ID of the object of GraphQL type <paramref name="typeName"/> with key <paramref name="id"/>.</summary>
    public static string Encode(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Decodes <paramref name="value"/>; false (never an exception) for anything that is not base64 of
    /// <c>&lt;Name&gt;:&lt;int&gt;</c>.
    /// </summary>
    public static bool TryDecode(string? value, [NotNullWhen(true)] out string? typeName, out int id)
    {
        typeName = null;
        id = 0;
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[MaxLength];
        if (Base64.DecodeFromUtf8(Encoding.ASCII.GetBytes(value), bytes, out _, out int written) != OperationStatus.Done)
        {
            return false;
        }

        ReadOnlySpan<byte> text = bytes[..written];
        int colon = text.IndexOf((byte)':');
        if (colon <= 0 || !IsName(text[..colon])
            || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        typeName = Encoding.ASCII.GetString(text[..colon]);
        return true;
    }

    // A GraphQL Name (#sec-Names): [_A-Za-z][_0-9A-Za-z]*
    private static bool IsName(ReadOnlySpan<byte> name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            byte b = name[i];
            bool letter = b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (byte)'_';
            if (!letter && (i == 0 || b is < (byte)'0' or > (byte)'9'))
            {
                return false;
            }
        }

        return true;
    }
}
