using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are Unique per Location: a directive that is not repeatable is used at most once per location.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location</remarks>
internal sealed class DirectivesAreUniquePerLocationRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Directives-Are-Unique-per-Location";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
        {
            if (directives.Count < 2)
            {
                return;
            }

            Dictionary<string, DirectiveNode> seen = new(StringComparer.Ordinal);
            foreach (DirectiveNode directive in directives)
            {
                string name = directive.Name.Value;
                if (!Context.Schema.TryGetDirective(name, out DirectiveDefinition? definition) || definition.IsRepeatable)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out DirectiveNode? first))
                {
                    Context.ReportError(
                        ValidationMessages.DirectiveNotUnique(name),
                        ErrorCodes.ValidationDirectiveNotUnique,
                        SpecifiedBy,
                        first,
                        directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }
        }
    }
}
