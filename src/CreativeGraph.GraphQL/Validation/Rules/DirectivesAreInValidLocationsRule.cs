using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are in Valid Locations: every directive is used at a location its definition allows.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations</remarks>
internal sealed class DirectivesAreInValidLocationsRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Directives-Are-in-Valid-Locations";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirective(DirectiveNode node)
        {
            if (Context.TypeInfo.Directive is { } directive && !directive.Locations.Contains(Context.DirectiveLocation))
            {
                Context.ReportError(
                    ValidationMessages.DirectiveLocationInvalid(node.Name.Value, DirectiveLocations.ToName(Context.DirectiveLocation)),
                    ErrorCodes.ValidationDirectiveLocationInvalid,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
