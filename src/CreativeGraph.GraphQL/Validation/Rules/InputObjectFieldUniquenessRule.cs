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
        // The names seen in each enclosing input object value, innermost last.
        private readonly Stack<Dictionary<string, NameNode>> _knownNames = new();

        public override void EnterValue(ValueNode node)
        {
            if (node is ObjectValueNode)
            {
                _knownNames.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
            }
        }

        public override void LeaveValue(ValueNode node)
        {
            if (node is ObjectValueNode)
            {
                _knownNames.Pop();
            }
        }

        public override void EnterObjectField(ObjectFieldNode node)
        {
            Dictionary<string, NameNode> known = _knownNames.Peek();
            if (known.TryGetValue(node.Name.Value, out NameNode? first))
            {
                Context.ReportError(
                    ValidationMessages.InputFieldNotUnique(node.Name.Value),
                    ErrorCodes.ValidationInputFieldNotUnique,
                    SpecifiedBy,
                    first,
                    node.Name);
            }
            else
            {
                known[node.Name.Value] = node.Name;
            }
        }
    }
}
