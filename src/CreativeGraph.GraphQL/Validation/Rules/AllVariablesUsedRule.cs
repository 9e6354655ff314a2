using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used: every variable an operation defines is used in the operation or in a fragment it spreads
/// transitively.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-All-Variables-Used</remarks>
internal sealed class AllVariablesUsedRule : IValidationRule
{
    private const string SpecifiedBy = "sec-All-Variables-Used";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

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

                HashSet<string> used = new(Context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
                foreach (VariableDefinitionNode variable in operation.VariableDefinitions)
                {
                    if (!used.Contains(variable.Variable.Name.Value))
                    {
                        Context.ReportErrorAt(
                            operation,
                            ValidationMessages.VariableNotUsed(variable.Variable.Name.Value, operation.Name?.Value),
                            ErrorCodes.ValidationVariableNotUsed,
                            SpecifiedBy,
                            variable);
                    }
                }
            }
        }
    }
}
