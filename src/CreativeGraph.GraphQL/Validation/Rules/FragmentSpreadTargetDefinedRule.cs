using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Target Defined: every named spread refers to a fragment defined in the document.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined</remarks>
internal sealed class FragmentSpreadTargetDefinedRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Fragment-Spread-Target-Defined";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (!Context.Fragments.ContainsKey(node.Name.Value))
            {
                Context.ReportError(
                    ValidationMessages.FragmentNotDefined(node.Name.Value),
                    ErrorCodes.ValidationFragmentNotDefined,
                    SpecifiedBy,
                    node.Name);
            }
        }
    }
}
