using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Required Fields: an input object value provides every field of Non-Null type without a default
/// value. (A provided <c>null</c> literal is reported by Values of Correct Type, as in graphql-js.)
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields</remarks>
internal sealed class InputObjectRequiredFieldsRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Input-Object-Required-Fields";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterValue(ValueNode node)
        {
            if (node is not ObjectValueNode obj
                || Context.UncheckedValue is not null
                || Context.TypeInfo.InputType?.NamedType() is not InputObjectType type)
            {
                return;
            }

            foreach (InputValue field in type.Fields)
            {
                if (field.Type.IsNonNull() && !field.HasDefaultValue && !obj.Fields.Any(f => f.Name.Value == field.Name))
                {
                    Context.ReportError(
                        ValidationMessages.InputFieldRequired(type.Name, field.Name, field.Type.Print()),
                        ErrorCodes.ValidationInputFieldRequired,
                        SpecifiedBy,
                        obj);
                }
            }
        }
    }
}
