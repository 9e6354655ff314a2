using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types: every variable's type is a scalar, enum or input object type (or a list or
/// Non-Null of one). A type the schema does not know is reported as unknown, as graphql-js's KnownTypeNames does.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types</remarks>
internal sealed class VariablesAreInputTypesRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Variables-Are-Input-Types";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterVariableDefinition(VariableDefinitionNode node)
        {
            if (FragmentSpreadTypeExistenceRule.ReportIfUnknown(Context, node.Type.NamedType, ErrorCodes.ValidationVariableTypeNotInput, SpecifiedBy))
            {
                return;
            }

            if (Context.TypeInfo.TypeFromAst(node.Type) is { } type && !type.IsInputType())
            {
                Context.ReportError(
                    ValidationMessages.VariableTypeNotInput(node.Variable.Name.Value, type.Print()),
                    ErrorCodes.ValidationVariableTypeNotInput,
                    SpecifiedBy,
                    node.Type);
            }
        }
    }
}
