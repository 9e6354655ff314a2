namespace CreativeGraph.GraphQL.Execution;

/// <summary>Which operation types a request may execute (GraphQL over HTTP: GET runs queries only).</summary>
[Flags]
public enum AllowedOperations
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
