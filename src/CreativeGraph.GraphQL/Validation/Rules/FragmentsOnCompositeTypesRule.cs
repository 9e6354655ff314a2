using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Fragments on Object, Interface or Union Types: a fragment's type condition is a composite type.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Fragments-on-Object-Interface-or-Union-Types</remarks>
internal sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Fragments-on-Object-Interface-or-Union-Types";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (IsNonComposite(node.TypeCondition))
            {
                Context.ReportError(
                    ValidationMessages.FragmentOnNonCompositeType(node.Name.Value, node.TypeCondition.Name.Value),
                    ErrorCodes.ValidationFragmentTypeNotComposite,
                    SpecifiedBy,
                    node.TypeCondition);
            }
        }

        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is not null && IsNonComposite(node.TypeCondition))
            {
                Context.ReportError(
                    ValidationMessages.InlineFragmentOnNonCompositeType(node.TypeCondition.Name.Value),
                    ErrorCodes.ValidationFragmentTypeNotComposite,
                    SpecifiedBy,
                    node.TypeCondition);
            }
        }

        private bool IsNonComposite(NamedTypeNode typeCondition) =>
            Context.Schema.TryGetType(typeCondition.Name.Value, out NamedType? type) && !type.IsCompositeType();
    }
}
