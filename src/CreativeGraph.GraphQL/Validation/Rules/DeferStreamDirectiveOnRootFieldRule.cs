using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Defer And Stream Directives Are Used On Valid Root Field: neither directive applies to the root selection set of a
/// mutation (its fields run one after another) or a subscription (each event is one payload).
/// </summary>
/// <remarks>Incremental delivery RFC (graphql-spec rfcs/DeferStream.md), graphql-js 17's DeferStreamDirectiveOnRootFieldRule.</remarks>
internal sealed class DeferStreamDirectiveOnRootFieldRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Defer-And-Stream-Directives-Are-Used-On-Valid-Root-Field";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirective(DirectiveNode node)
        {
            if (node.Name.Value is not (IncrementalDirectives.Defer or IncrementalDirectives.Stream))
            {
                return;
            }

            // @defer sits on a fragment whose parent is the root type; @stream on a field whose parent is.
            if (Context.TypeInfo.ParentType is not ObjectType parent)
            {
                return;
            }

            string? operation = ReferenceEquals(parent, Context.Schema.MutationType) ? "mutation"
                : ReferenceEquals(parent, Context.Schema.SubscriptionType) ? "subscription"
                : null;
            if (operation is not null)
            {
                Context.ReportError(
                    ValidationMessages.DeferStreamOnRootField(node.Name.Value, operation, parent.Name),
                    ErrorCodes.ValidationDeferStreamOnRootField,
                    SpecifiedBy,
                    node);
            }
        }
    }
}
