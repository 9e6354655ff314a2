using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness: no two fragment definitions in a document share a name.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness</remarks>
internal sealed class FragmentNameUniquenessRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Fragment-Name-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (_known.TryGetValue(node.Name.Value, out NameNode? first))
            {
                Context.ReportError(
                    ValidationMessages.FragmentNameNotUnique(node.Name.Value),
                    ErrorCodes.ValidationFragmentNameNotUnique,
                    SpecifiedBy,
                    first,
                    node.Name);
            }
            else
            {
                _known[node.Name.Value] = node.Name;
            }
        }
    }
}
