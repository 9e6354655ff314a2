namespace CreativeGraph.GraphQL.Validation;

/// <summary>Stops the walk once the error limit is reached.</summary>
internal sealed class ValidationAbortedException : Exception;
