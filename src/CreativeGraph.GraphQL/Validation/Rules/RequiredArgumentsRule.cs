using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments: every argument of Non-Null type without a default value is provided to its field or
/// directive. (A provided <c>null</c> literal is reported by Values of Correct Type, as in graphql-js.)
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Required-Arguments</remarks>
internal sealed class RequiredArgumentsRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Required-Arguments";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void LeaveField(FieldNode node)
        {
            if (Context.TypeInfo.FieldDef is { } fieldDef)
            {
                ReportMissing(node, node.Arguments, fieldDef.Arguments, argument =>
                    ValidationMessages.FieldArgumentRequired(fieldDef.Name, argument.Name, argument.Type.Print()));
            }
        }

        public override void LeaveDirective(DirectiveNode node)
        {
            if (Context.TypeInfo.Directive is { } directive)
            {
                ReportMissing(node, node.Arguments, directive.Arguments, argument =>
                    ValidationMessages.DirectiveArgumentRequired(directive.Name, argument.Name, argument.Type.Print()));
            }
        }

        // An argument is required when its type is Non-Null and it has no default value.
        private void ReportMissing(
            SyntaxNode node,
            IReadOnlyList<ArgumentNode> provided,
            FieldCollection<InputValue> definitions,
            Func<InputValue, string> message)
        {
            foreach (InputValue argument in definitions)
            {
                if (argument.Type.IsNonNull() && !argument.HasDefaultValue && !provided.Any(a => a.Name.Value == argument.Name))
                {
                    Context.ReportError(message(argument), ErrorCodes.ValidationArgumentRequired, SpecifiedBy, node);
                }
            }
        }
    }
}
