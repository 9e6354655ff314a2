using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

public sealed partial class SchemaBuilder
{
    /// <summary>Starts a builder from an SDL type-system document (definitions and extensions).</summary>
    /// <exception cref="SchemaException">The SDL does not parse (the syntax error is the exception's one error).</exception>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Parses SDL and adds its definitions and extensions.</summary>
    /// <exception cref="SchemaException">The SDL does not parse (the syntax error is the exception's one error).</exception>
    public SchemaBuilder AddSdl(string sdl)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(sdl);
        }
        catch (SyntaxException e)
        {
            throw new SchemaException([e.Error]);
        }

        return AddDocument(document);
    }
}
