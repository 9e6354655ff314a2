using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: every variable used in an operation, or in a fragment it spreads transitively, is
/// defined by that operation.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined</remarks>
internal sealed class AllVariableUsesDefinedRule : IValidationRule
{
    private const string SpecifiedBy = "sec-All-Variable-Uses-Defined";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void LeaveDocument(DocumentNode node)
        {
            foreach (DefinitionNode definition in node.Definitions)
            {
                if (definition is not OperationDefinitionNode operation)
                {
                    continue;
                }

                HashSet<string> defined = new(operation.VariableDefinitions.Select(v => v.Variable.Name.Value), StringComparer.Ordinal);
                foreach (VariableUsage usage in Context.GetRecursiveVariableUsages(operation))
                {
                    if (!defined.Contains(usage.Node.Name.Value))
                    {
                        Context.ReportErrorAt(
                            operation,
                            ValidationMessages.VariableNotDefined(usage.Node.Name.Value, operation.Name?.Value),
                            ErrorCodes.ValidationVariableNotDefined,
                            SpecifiedBy,
                            usage.Node,
                            operation);
                    }
                }
            }
        }
    }
}
