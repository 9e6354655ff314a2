using System.Text;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>HotChocolate's naming conventions for names derived from CLR members.</summary>
internal static class NameConventions
{
    /// <summary>A CLR enum member as an enum value name: <c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPServer</c> → <c>HTTP_SERVER</c>.</summary>
    public static string EnumValueName(string memberName)
    {
        StringBuilder sb = new(memberName.Length + 4);
        for (int i = 0; i < memberName.Length; i++)
        {
            char c = memberName[i];
            char previous = i > 0 ? memberName[i - 1] : '_';
            bool acronymEnd = char.IsUpper(previous) && i + 1 < memberName.Length && char.IsLower(memberName[i + 1]);
            bool boundary = char.IsUpper(c) && previous != '_' && i > 0 && (char.IsLower(previous) || char.IsDigit(previous) || acronymEnd);
            if (boundary)
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
