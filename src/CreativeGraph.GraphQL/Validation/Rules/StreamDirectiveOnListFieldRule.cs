using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Stream Directives Are Used On List Fields: only a list can be delivered item by item.</summary>
/// <remarks>Incremental delivery RFC (graphql-spec rfcs/DeferStream.md), graphql-js 17's StreamDirectiveOnListFieldRule.</remarks>
internal sealed class StreamDirectiveOnListFieldRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Stream-Directives-Are-Used-On-List-Fields";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirective(DirectiveNode node)
        {
            if (node.Name.Value == IncrementalDirectives.Stream
                && Context.TypeInfo.FieldDef is { } field
                && Context.TypeInfo.ParentType is { } parent
                && field.Type.NullableType() is not ListType)
            {
                Context.ReportError(
                    ValidationMessages.StreamOnNonListField(parent.Name, field.Name),
                    ErrorCodes.ValidationStreamOnNonListField,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
