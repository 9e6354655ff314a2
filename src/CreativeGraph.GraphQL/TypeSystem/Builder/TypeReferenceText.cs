using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Reads a type reference written in code (<c>"[String!]!"</c>) into a type node.
/// Grammar: Type : NamedType | ListType | NonNullType (spec #sec-Type-References).
/// </summary>
internal static class TypeReferenceText
{
    public static TypeNode Parse(string text)
    {
        ReadOnlySpan<char> span = text.AsSpan().Trim();
        if (span.Length == 0)
        {
            throw new ArgumentException("A type reference must not be empty.", nameof(text));
        }

        if (span[^1] == '!')
        {
            TypeNode inner = Parse(span[..^1].ToString());
            return inner is NonNullTypeNode
                ? throw new ArgumentException($"\"{text}\" wraps a Non-Null type in a Non-Null type.", nameof(text))
                : new NonNullTypeNode { Type = inner };
        }

        if (span[0] == '[')
        {
            return span[^1] == ']'
                ? new ListTypeNode { Type = Parse(span[1..^1].ToString()) }
                : throw new ArgumentException($"\"{text}\" is not a valid type reference.", nameof(text));
        }

        foreach (char c in span)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"\"{text}\" is not a valid type reference.", nameof(text));
            }
        }

        return new NamedTypeNode { Name = new NameNode { Value = span.ToString() } };
    }
}
