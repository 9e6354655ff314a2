using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Executable Definitions: a document to execute holds only operations and fragments.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Executable-Definitions</remarks>
internal sealed class ExecutableDefinitionsRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Executable-Definitions";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDocument(DocumentNode node)
        {
            foreach (DefinitionNode definition in node.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                string name = definition switch
                {
                    TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    _ => "schema",
                };
                Context.ReportError(
                    ValidationMessages.DefinitionNotExecutable(name),
                    ErrorCodes.ValidationDefinitionNotExecutable,
                    SpecifiedBy,
                    definition);
            }
        }
    }
}
