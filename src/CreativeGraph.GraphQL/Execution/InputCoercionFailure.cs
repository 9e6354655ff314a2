namespace CreativeGraph.GraphQL.Execution;

/// <summary>Why an input value could not be coerced: the reason, the offending value and its path inside the input.</summary>
internal sealed record InputCoercionFailure(string Reason, object? Value, string Path);
