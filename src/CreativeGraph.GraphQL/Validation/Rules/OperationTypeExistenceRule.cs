using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Operation Type Existence: the schema has a root operation type for the kind of each operation.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Operation-Type-Existence</remarks>
internal sealed class OperationTypeExistenceRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Operation-Type-Existence";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterOperation(OperationDefinitionNode node)
        {
            if (Context.Schema.GetRootType(node.Operation) is null)
            {
                Context.ReportError(
                    ValidationMessages.OperationTypeNotSupported(node.Operation.ToString().ToLowerInvariant()),
                    ErrorCodes.ValidationOperationTypeNotSupported,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
