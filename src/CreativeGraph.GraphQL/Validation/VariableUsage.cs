using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>A variable used in a value, with the type and default value of the position it stands in.</summary>
internal readonly record struct VariableUsage(VariableNode Node, IType? Type, ValueNode? DefaultValue, IType? ParentType);
