using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Type Existence: the type condition of a named or inline fragment is a type of the schema.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence</remarks>
internal sealed class FragmentSpreadTypeExistenceRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Fragment-Spread-Type-Existence";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>Reports a reference to a type the schema does not have (graphql-js KnownTypeNames).</summary>
    internal static bool ReportIfUnknown(ValidationContext context, NamedTypeNode typeNode, string code, string specifiedBy)
    {
        string name = typeNode.Name.Value;
        if (context.Schema.TryGetType(name, out _))
        {
            return false;
        }

        context.ReportError(
            ValidationMessages.UnknownType(name) + Suggestions.DidYouMean(Suggestions.List(name, context.Schema.Types.Select(t => t.Name))),
            code,
            specifiedBy,
            typeNode);
        return true;
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterFragmentDefinition(FragmentDefinitionNode node) =>
            ReportIfUnknown(Context, node.TypeCondition, ErrorCodes.ValidationFragmentTypeNotDefined, SpecifiedBy);

        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is not null)
            {
                ReportIfUnknown(Context, node.TypeCondition, ErrorCodes.ValidationFragmentTypeNotDefined, SpecifiedBy);
            }
        }
    }
}
