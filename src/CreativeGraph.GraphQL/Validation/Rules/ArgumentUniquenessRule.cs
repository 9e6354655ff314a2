using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness: a field or directive is given each argument at most once.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Argument-Uniqueness</remarks>
internal sealed class ArgumentUniquenessRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Argument-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterArguments(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2)
            {
                return;
            }

            foreach (IGrouping<string, ArgumentNode> group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                if (group.Skip(1).Any())
                {
                    Context.ReportError(
                        ValidationMessages.ArgumentNotUnique(group.Key),
                        ErrorCodes.ValidationArgumentNotUnique,
                        SpecifiedBy,
                        group.Select(a => a.Name));
                }
            }
        }
    }
}
