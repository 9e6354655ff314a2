using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used: every fragment is spread, directly or transitively, by some operation.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used</remarks>
internal sealed class FragmentsMustBeUsedRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Fragments-Must-Be-Used";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void LeaveDocument(DocumentNode node)
        {
            HashSet<string> used = new(StringComparer.Ordinal);
            foreach (DefinitionNode definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode operation)
                {
                    foreach (FragmentDefinitionNode fragment in Context.GetRecursivelyReferencedFragments(operation))
                    {
                        used.Add(fragment.Name.Value);
                    }
                }
            }

            foreach (DefinitionNode definition in node.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
                {
                    Context.ReportError(
                        ValidationMessages.FragmentNotUsed(fragment.Name.Value),
                        ErrorCodes.ValidationFragmentNotUsed,
                        SpecifiedBy,
                        fragment);
                }
            }
        }
    }
}
