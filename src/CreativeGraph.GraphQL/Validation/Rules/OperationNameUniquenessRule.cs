using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness: no two operations in a document share a name.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness</remarks>
internal sealed class OperationNameUniquenessRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Operation-Name-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override void EnterOperation(OperationDefinitionNode node)
        {
            if (node.Name is not { } name)
            {
                return;
            }

            if (_known.TryGetValue(name.Value, out NameNode? first))
            {
                Context.ReportError(
                    ValidationMessages.OperationNameNotUnique(name.Value),
                    ErrorCodes.ValidationOperationNameNotUnique,
                    SpecifiedBy,
                    first,
                    name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }
    }
}
