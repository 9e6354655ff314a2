using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Type references written in code (<c>"[String!]!"</c>), read with the language parser.</summary>
internal static class TypeReferences
{
    /// <exception cref="ArgumentException">The text is not a type reference (spec #sec-Type-References).</exception>
    public static TypeNode Parse(string text)
    {
        try
        {
            return Parser.ParseType(text);
        }
        catch (SyntaxException e)
        {
            throw new ArgumentException($"\"{text}\" is not a valid type reference: {e.Message}", nameof(text), e);
        }
    }
}
