using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible: some object type is both a possible type of the fragment's type condition and
/// of the type in scope.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible</remarks>
internal sealed class FragmentSpreadIsPossibleRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Fragment-Spread-Is-Possible";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    // graphql-js doTypesOverlap: the intersection of GetPossibleTypes of both types is not empty.
    private static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            return b.IsAbstractType()
                ? schema.GetPossibleTypes(a).Any(type => schema.IsSubType(b, type))
                : schema.IsSubType(a, b);
        }

        return b.IsAbstractType() && schema.IsSubType(b, a);
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (Context.TypeInfo.Type is NamedType fragmentType
                && fragmentType.IsCompositeType()
                && Context.TypeInfo.ParentType is { } parentType
                && !DoTypesOverlap(Context.Schema, fragmentType, parentType))
            {
                Context.ReportError(
                    ValidationMessages.InlineFragmentNotPossible(parentType.Name, fragmentType.Name),
                    ErrorCodes.ValidationFragmentSpreadNotPossible,
                    SpecifiedBy,
                    node);
            }
        }

        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (Context.Fragments.TryGetValue(node.Name.Value, out FragmentDefinitionNode? fragment)
                && Context.Schema.TryGetType(fragment.TypeCondition.Name.Value, out NamedType? fragmentType)
                && fragmentType.IsCompositeType()
                && Context.TypeInfo.ParentType is { } parentType
                && !DoTypesOverlap(Context.Schema, fragmentType, parentType))
            {
                Context.ReportError(
                    ValidationMessages.FragmentSpreadNotPossible(node.Name.Value, parentType.Name, fragmentType.Name),
                    ErrorCodes.ValidationFragmentSpreadNotPossible,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
