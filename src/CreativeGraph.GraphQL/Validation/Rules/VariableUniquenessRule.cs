using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness: an operation defines each variable at most once.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Variable-Uniqueness</remarks>
internal sealed class VariableUniquenessRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Variable-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterOperation(OperationDefinitionNode node)
        {
            if (node.VariableDefinitions.Count < 2)
            {
                return;
            }

            foreach (IGrouping<string, VariableDefinitionNode> group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
            {
                if (group.Skip(1).Any())
                {
                    Context.ReportError(
                        ValidationMessages.VariableNotUnique(group.Key),
                        ErrorCodes.ValidationVariableNotUnique,
                        SpecifiedBy,
                        group.Select(v => v.Variable.Name));
                }
            }
        }
    }
}
