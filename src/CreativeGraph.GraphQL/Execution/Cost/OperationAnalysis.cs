using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// What the limits look at: field cost, type cost, depth, field and alias counts, introspection use, and the first
/// error of the analysis itself (a missing or repeated slicing argument, HC0082).
/// </summary>
internal readonly record struct OperationAnalysis(double Cost, double TypeCost, int Depth, int FieldCount, int AliasCount, bool UsesIntrospection, GraphQLError? Error = null);
