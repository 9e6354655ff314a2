using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections: fields of scalar or enum type have no selection set; fields of object, interface or
/// union type have one.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections</remarks>
internal sealed class LeafFieldSelectionsRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Leaf-Field-Selections";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterField(FieldNode node)
        {
            if (Context.TypeInfo.Type is not { } type)
            {
                return;
            }

            if (type.IsLeafType())
            {
                if (node.SelectionSet is not null)
                {
                    Context.ReportError(
                        ValidationMessages.LeafFieldHasSelection(node.Name.Value, type.Print()),
                        ErrorCodes.ValidationLeafFieldSelectionInvalid,
                        SpecifiedBy,
                        node.SelectionSet);
                }
            }
            else if (node.SelectionSet is null)
            {
                Context.ReportError(
                    ValidationMessages.CompositeFieldNeedsSelection(node.Name.Value, type.Print()),
                    ErrorCodes.ValidationLeafFieldSelectionInvalid,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
