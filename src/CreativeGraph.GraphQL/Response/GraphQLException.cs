namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// Thrown by resolvers (or engine components) to report one or more GraphQL errors with codes; the
/// executor turns it into field errors and never lets it escape the engine.
/// </summary>
public sealed class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error.Message)
    {
        Errors = [error];
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error.")
    {
        Errors = errors;
    }

    public GraphQLException(string message, string code)
        : this(new GraphQLError(message, code))
    {
    }

    public GraphQLException()
        : this("GraphQL error.", ErrorCodes.UnexpectedExecutionError)
    {
    }

    public GraphQLException(string message)
        : this(message, ErrorCodes.UnexpectedExecutionError)
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message, ErrorCodes.UnexpectedExecutionError, exception: innerException)];
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
