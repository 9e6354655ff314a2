using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Input Object Field Names: every field of an input object value is defined by its input object type.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names</remarks>
internal sealed class InputObjectFieldNamesRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Input-Object-Field-Names";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterObjectField(ObjectFieldNode node)
        {
            if (Context.UncheckedValue is null
                && Context.TypeInfo.InputType is null
                && Context.TypeInfo.ParentInputType?.NamedType() is InputObjectType parentType)
            {
                Context.ReportError(
                    ValidationMessages.InputFieldNotDefined(node.Name.Value, parentType.Name)
                        + Suggestions.DidYouMean(Suggestions.List(node.Name.Value, parentType.Fields.Select(f => f.Name))),
                    ErrorCodes.ValidationInputFieldNotDefined,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
