using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness: an input object value names each field at most once.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness</remarks>
internal sealed class InputObjectFieldUniquenessRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Input-Object-Field-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterValue(ValueNode node)
        {
            if (node is not ObjectValueNode { Fields.Count: > 1 } obj)
            {
                return;
            }

            Dictionary<string, NameNode> known = new(StringComparer.Ordinal);
            foreach (ObjectFieldNode field in obj.Fields)
            {
                if (known.TryGetValue(field.Name.Value, out NameNode? first))
                {
                    Context.ReportError(
                        ValidationMessages.InputFieldNotUnique(field.Name.Value),
                        ErrorCodes.ValidationInputFieldNotUnique,
                        SpecifiedBy,
                        first,
                        field.Name);
                }
                else
                {
                    known[field.Name.Value] = field.Name;
                }
            }
        }
    }
}
