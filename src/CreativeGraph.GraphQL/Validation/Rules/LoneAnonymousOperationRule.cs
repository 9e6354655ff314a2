using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation: an operation without a name is the only operation of its document.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation</remarks>
internal sealed class LoneAnonymousOperationRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Lone-Anonymous-Operation";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private int _operationCount;

        public override void EnterDocument(DocumentNode node) =>
            _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);

        public override void EnterOperation(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
            {
                Context.ReportError(
                    ValidationMessages.AnonymousOperationNotAlone,
                    ErrorCodes.ValidationAnonymousOperationNotAlone,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
