using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// The only exception <see cref="Parser"/> throws: a document that is not valid GraphQL source
/// (spec §2) or that exceeds a <see cref="ParserOptions"/> limit. <see cref="Error"/> carries the
/// graphql-js style message, the code and the location.
/// </summary>
public sealed class SyntaxException : Exception
{
    public SyntaxException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    public SyntaxException()
        : this(new GraphQLError("Syntax Error.", ErrorCodes.SyntaxError))
    {
    }

    public SyntaxException(string message)
        : this(new GraphQLError(message, ErrorCodes.SyntaxError))
    {
    }

    public SyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphQLError(message, ErrorCodes.SyntaxError, exception: innerException);
    }

    /// <summary>The error to report to the client.</summary>
    public GraphQLError Error { get; }
}
