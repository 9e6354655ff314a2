namespace CreativeGraph.GraphQL.Execution;

/// <summary>What the limits look at: field cost, depth, field and alias counts, introspection use.</summary>
internal readonly record struct OperationAnalysis(double Cost, int Depth, int FieldCount, int AliasCount, bool UsesIntrospection);
