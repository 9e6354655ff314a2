using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type: every literal can be coerced to the type of its position — scalars by their own
/// literal coercion, enum values by membership, lists item by item, no null where Non-Null is expected, and a
/// OneOf Input Object gets exactly one non-null field, never a variable of nullable type.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type</remarks>
internal sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Values-of-Correct-Type";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        // As in graphql-js, the variables of the operation walked last (fragments see the previous operation's).
        private Dictionary<string, VariableDefinitionNode> _variableDefinitions = new(StringComparer.Ordinal);

        public override void EnterOperation(OperationDefinitionNode node) =>
            _variableDefinitions = new(StringComparer.Ordinal);

        public override void EnterVariableDefinition(VariableDefinitionNode node) =>
            _variableDefinitions[node.Variable.Name.Value] = node;

        public override void EnterValue(ValueNode node)
        {
            ValueNode? skipped = Context.UncheckedValue;
            if (skipped is not null && !ReferenceEquals(skipped, node))
            {
                return;
            }

            switch (node)
            {
                case VariableNode:
                    return;
                case ListValueNode when skipped is null:
                    return;
                case ObjectValueNode obj when skipped is null:
                    if (Context.TypeInfo.InputType?.NamedType() is InputObjectType { IsOneOf: true } oneOf)
                    {
                        ValidateOneOf(obj, oneOf);
                    }

                    return;
                case NullValueNode:
                    if (Context.TypeInfo.InputType is NonNullType nonNull)
                    {
                        Report(ValidationMessages.ExpectedValue(nonNull.Print(), SyntaxPrinter.Print(node)), node);
                    }

                    return;
                default:
                    ValidateLeafValue(node);
                    return;
            }
        }

        // graphql-js isValidValueNode: the literal must parse as the (leaf) type of its position.
        private void ValidateLeafValue(ValueNode node)
        {
            if (Context.TypeInfo.InputType is not { } locationType)
            {
                return;
            }

            NamedType type = locationType.NamedType();
            string? reason;
            switch (type)
            {
                case ScalarType scalar:
                    if (scalar.TryCoerceInputLiteral(node, out _))
                    {
                        return;
                    }

                    reason = ScalarReason(scalar, node);
                    break;
                case EnumType enumType:
                    if (node is EnumValueNode enumValue && enumType.TryGetValue(enumValue.Value, out _))
                    {
                        return;
                    }

                    reason = EnumReason(enumType, node);
                    break;
                default:
                    reason = null;
                    break;
            }

            string printed = SyntaxPrinter.Print(node);
            Report(
                reason is null
                    ? ValidationMessages.ExpectedValue(locationType.Print(), printed)
                    : ValidationMessages.ExpectedValue(locationType.Print(), printed, reason),
                node);
        }

        // The reasons graphql-js's built-in scalars give when their parseLiteral rejects a literal.
        private static string? ScalarReason(ScalarType scalar, ValueNode node) => (scalar.Name, node) switch
        {
            ("Int", IntValueNode value) => $"Int cannot represent non 32-bit signed integer value: {value.Value}",
            ("Int", _) => $"Int cannot represent non-integer value: {SyntaxPrinter.Print(node)}",
            ("Float", not IntValueNode and not FloatValueNode) => $"Float cannot represent non numeric value: {SyntaxPrinter.Print(node)}",
            ("String", not StringValueNode) => $"String cannot represent a non string value: {SyntaxPrinter.Print(node)}",
            ("Boolean", not BooleanValueNode) => $"Boolean cannot represent a non boolean value: {SyntaxPrinter.Print(node)}",
            ("ID", not StringValueNode and not IntValueNode) => $"ID cannot represent a non-string and non-integer value: {SyntaxPrinter.Print(node)}",
            _ => null,
        };

        private static string EnumReason(EnumType type, ValueNode node)
        {
            string printed = SyntaxPrinter.Print(node);
            string hint = Suggestions.DidYouMean(Suggestions.List(printed, type.Values.Select(v => v.Name)), "the enum value");
            return node is EnumValueNode
                ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum.{hint}"
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.{hint}";
        }

        // Spec: OneOf Input Objects, Input Coercion — exactly one entry, not null, not a nullable variable.
        private void ValidateOneOf(ObjectValueNode node, InputObjectType type)
        {
            Dictionary<string, ObjectFieldNode> fields = new(StringComparer.Ordinal);
            foreach (ObjectFieldNode field in node.Fields)
            {
                fields[field.Name.Value] = field;
            }

            if (fields.Count != 1)
            {
                Report(ValidationMessages.OneOfNotExactlyOneField(type.Name), node);
                return;
            }

            ObjectFieldNode only = fields.Values.First();
            switch (only.Value)
            {
                case NullValueNode:
                    Report(ValidationMessages.OneOfFieldNull(type.Name, only.Name.Value), node);
                    break;
                case VariableNode variable
                    when _variableDefinitions.TryGetValue(variable.Name.Value, out VariableDefinitionNode? definition)
                        && definition.Type is not NonNullTypeNode:
                    Report(ValidationMessages.OneOfNullableVariable(variable.Name.Value, type.Name), node);
                    break;
            }
        }

        private void Report(string message, ValueNode node) =>
            Context.ReportError(message, ErrorCodes.ValidationValueInvalid, SpecifiedBy, node);
    }
}
