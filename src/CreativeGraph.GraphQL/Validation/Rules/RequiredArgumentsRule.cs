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

    private static bool IsRequired(InputValue argument) => argument.Type.IsNonNull() && !argument.HasDefaultValue;

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (ArgumentNode argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void LeaveField(FieldNode node)
        {
            if (Context.TypeInfo.FieldDef is not { } fieldDef)
            {
                return;
            }

            foreach (InputValue argument in fieldDef.Arguments)
            {
                if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
                {
                    Context.ReportError(
                        ValidationMessages.FieldArgumentRequired(fieldDef.Name, argument.Name, argument.Type.Print()),
                        ErrorCodes.ValidationArgumentRequired,
                        SpecifiedBy,
                        node);
                }
            }
        }

        public override void LeaveDirective(DirectiveNode node)
        {
            if (Context.TypeInfo.Directive is not { } directive)
            {
                return;
            }

            foreach (InputValue argument in directive.Arguments)
            {
                if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
                {
                    Context.ReportError(
                        ValidationMessages.DirectiveArgumentRequired(directive.Name, argument.Name, argument.Type.Print()),
                        ErrorCodes.ValidationArgumentRequired,
                        SpecifiedBy,
                        node);
                }
            }
        }
    }
}
