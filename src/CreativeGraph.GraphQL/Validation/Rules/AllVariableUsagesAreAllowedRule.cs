using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: each variable's type fits every position it is used in, transitively through
/// fragments (IsVariableUsageAllowed, AreTypesCompatible).
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed</remarks>
internal sealed class AllVariableUsagesAreAllowedRule : IValidationRule
{
    private const string SpecifiedBy = "sec-All-Variable-Usages-Are-Allowed";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    // Spec: IsVariableUsageAllowed(variableDefinition, variableUsage). A nullable variable of a OneOf field is
    // reported by Values of Correct Type, as graphql-js does.
    private static bool IsVariableUsageAllowed(IType variableType, ValueNode? variableDefault, IType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            bool hasNonNullVariableDefaultValue = variableDefault is not null and not NullValueNode;
            bool hasLocationDefaultValue = locationDefault is not null;
            if (!hasNonNullVariableDefaultValue && !hasLocationDefaultValue)
            {
                return false;
            }

            return AreTypesCompatible(variableType, nonNullLocation.OfType);
        }

        return AreTypesCompatible(variableType, locationType);
    }

    // Spec: AreTypesCompatible(variableType, locationType)
    private static bool AreTypesCompatible(IType variableType, IType locationType) => (variableType, locationType) switch
    {
        (NonNullType variable, NonNullType location) => AreTypesCompatible(variable.OfType, location.OfType),
        (_, NonNullType) => false,
        (NonNullType variable, _) => AreTypesCompatible(variable.OfType, locationType),
        (ListType variable, ListType location) => AreTypesCompatible(variable.OfType, location.OfType),
        (_, ListType) => false,
        (ListType, _) => false,
        _ => ReferenceEquals(variableType, locationType),
    };

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void LeaveDocument(DocumentNode node)
        {
            foreach (DefinitionNode definition in node.Definitions)
            {
                if (definition is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
                {
                    continue;
                }

                Dictionary<string, VariableDefinitionNode> definitions = new(StringComparer.Ordinal);
                foreach (VariableDefinitionNode variable in operation.VariableDefinitions)
                {
                    definitions[variable.Variable.Name.Value] = variable;
                }

                foreach (VariableUsage usage in Context.GetRecursiveVariableUsages(operation))
                {
                    if (usage.Type is { } locationType
                        && definitions.TryGetValue(usage.Node.Name.Value, out VariableDefinitionNode? variable)
                        && Context.TypeInfo.TypeFromAst(variable.Type) is { } variableType
                        && !IsVariableUsageAllowed(variableType, variable.DefaultValue, locationType, usage.DefaultValue))
                    {
                        Context.ReportErrorAt(
                            operation,
                            ValidationMessages.VariableUsageNotAllowed(usage.Node.Name.Value, variableType.Print(), locationType.Print()),
                            ErrorCodes.ValidationVariableUsageNotAllowed,
                            SpecifiedBy,
                            variable,
                            usage.Node);
                    }
                }
            }
        }
    }
}
