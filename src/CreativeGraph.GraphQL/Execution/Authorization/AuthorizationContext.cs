using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// What an <see cref="IAuthorizationHandler"/> sees of a request when it checks the <c>@authorize(apply: VALIDATION)</c>
/// rules of an operation, before execution starts.
/// </summary>
public sealed class AuthorizationContext
{
    internal AuthorizationContext(Schema schema, DocumentNode document, OperationDefinitionNode operation, GraphQLRequest request, CancellationToken requestAborted)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        Services = request.Services ?? EmptyServiceProvider.Instance;
        ContextData = request.ContextData ?? EmptyContextData;
        RequestAborted = requestAborted;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>The operation about to run.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The request's services (scoped container).</summary>
    public IServiceProvider Services { get; }

    /// <summary>The request's context data (the caller's identity, under the transport's key).</summary>
    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public CancellationToken RequestAborted { get; }

    private static IReadOnlyDictionary<string, object?> EmptyContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
