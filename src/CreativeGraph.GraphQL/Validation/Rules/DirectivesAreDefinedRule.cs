using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are Defined: every directive used is defined by the schema.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Directives-Are-Defined</remarks>
internal sealed class DirectivesAreDefinedRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Directives-Are-Defined";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirective(DirectiveNode node)
        {
            if (Context.TypeInfo.Directive is null)
            {
                Context.ReportError(
                    ValidationMessages.DirectiveNotDefined(node.Name.Value),
                    ErrorCodes.ValidationDirectiveNotDefined,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
