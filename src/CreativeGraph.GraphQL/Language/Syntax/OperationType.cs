namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: OperationType : one of `query` `mutation` `subscription`</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
