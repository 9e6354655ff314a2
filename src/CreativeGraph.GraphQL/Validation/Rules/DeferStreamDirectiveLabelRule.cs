using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Defer And Stream Directive Labels Are Unique: a <c>label</c> of <c>@defer</c>/<c>@stream</c> is a static string
/// (never a variable) and names one directive of the document, so each payload says unambiguously what it completes.
/// </summary>
/// <remarks>Incremental delivery RFC (graphql-spec rfcs/DeferStream.md), graphql-js 17's DeferStreamDirectiveLabelRule.</remarks>
internal sealed class DeferStreamDirectiveLabelRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Defer-And-Stream-Directive-Labels-Are-Unique";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, DirectiveNode> _labels = new(StringComparer.Ordinal);

        public override void EnterDirective(DirectiveNode node)
        {
            if (node.Name.Value is not (IncrementalDirectives.Defer or IncrementalDirectives.Stream))
            {
                return;
            }

            foreach (ArgumentNode argument in node.Arguments)
            {
                if (argument.Name.Value != "label")
                {
                    continue;
                }

                if (argument.Value is not StringValueNode label)
                {
                    if (argument.Value is not NullValueNode)
                    {
                        Context.ReportError(ValidationMessages.DeferStreamLabelNotStatic(node.Name.Value), ErrorCodes.ValidationDeferStreamLabelInvalid, SpecifiedBy, node);
                    }
                }
                else if (_labels.TryGetValue(label.Value, out DirectiveNode? first))
                {
                    Context.ReportError(ValidationMessages.DeferStreamLabelNotUnique, ErrorCodes.ValidationDeferStreamLabelInvalid, SpecifiedBy, first, node);
                }
                else
                {
                    _labels[label.Value] = node;
                }
            }
        }
    }
}
