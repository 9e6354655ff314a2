using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Argument Names: every argument of a field or directive is defined by that field or directive.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Argument-Names</remarks>
internal sealed class ArgumentNamesRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Argument-Names";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private bool _inDirective;

        public override void EnterDirective(DirectiveNode node)
        {
            _inDirective = true;
            if (Context.TypeInfo.Directive is not { } directive)
            {
                return;
            }

            foreach (ArgumentNode argument in node.Arguments)
            {
                if (!directive.Arguments.ContainsField(argument.Name.Value))
                {
                    Context.ReportError(
                        ValidationMessages.DirectiveArgumentNotDefined(argument.Name.Value, directive.Name) + Suggest(argument, directive.Arguments),
                        ErrorCodes.ValidationArgumentNotDefined,
                        SpecifiedBy,
                        argument);
                }
            }
        }

        public override void LeaveDirective(DirectiveNode node) => _inDirective = false;

        public override void EnterArgument(ArgumentNode node)
        {
            if (!_inDirective
                && Context.TypeInfo.Argument is null
                && Context.TypeInfo.FieldDef is { } fieldDef
                && Context.TypeInfo.ParentType is { } parentType)
            {
                Context.ReportError(
                    ValidationMessages.FieldArgumentNotDefined(node.Name.Value, $"{parentType.Name}.{fieldDef.Name}") + Suggest(node, fieldDef.Arguments),
                    ErrorCodes.ValidationArgumentNotDefined,
                    SpecifiedBy,
                    node);
            }
        }

        private static string Suggest(ArgumentNode argument, FieldCollection<InputValue> arguments) =>
            Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, arguments.Select(a => a.Name)));
    }
}
