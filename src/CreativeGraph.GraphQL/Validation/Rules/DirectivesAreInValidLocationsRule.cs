using System.Text;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are in Valid Locations: every directive is used at a location its definition allows.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations</remarks>
internal sealed class DirectivesAreInValidLocationsRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Directives-Are-in-Valid-Locations";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>The location as the grammar spells it: <c>FragmentDefinition</c> → <c>FRAGMENT_DEFINITION</c>.</summary>
    private static string Spell(DirectiveLocation location)
    {
        string name = location.ToString();
        StringBuilder spelled = new(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                spelled.Append('_');
            }

            spelled.Append(char.ToUpperInvariant(name[i]));
        }

        return spelled.ToString();
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirective(DirectiveNode node)
        {
            if (Context.TypeInfo.Directive is { } directive && !directive.Locations.Contains(Context.DirectiveLocation))
            {
                Context.ReportError(
                    ValidationMessages.DirectiveLocationInvalid(node.Name.Value, Spell(Context.DirectiveLocation)),
                    ErrorCodes.ValidationDirectiveLocationInvalid,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
