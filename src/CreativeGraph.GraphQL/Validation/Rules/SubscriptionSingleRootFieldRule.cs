using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field: a subscription selects exactly one root field, not an introspection field, and its root
/// selection set uses neither <c>@skip</c> nor <c>@include</c> (CollectSubscriptionFields).
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Single-Root-Field</remarks>
internal sealed class SubscriptionSingleRootFieldRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Single-Root-Field";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterOperation(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return;
            }

            string? operationName = node.Name?.Value;
            Dictionary<string, List<FieldNode>> fields = new(StringComparer.Ordinal);
            List<string> responseNames = [];
            List<DirectiveNode> forbidden = [];
            CollectSubscriptionFields(subscriptionType, node.SelectionSet, fields, responseNames, forbidden, new HashSet<string>(StringComparer.Ordinal));

            if (forbidden.Count > 0)
            {
                Context.ReportError(
                    ValidationMessages.SubscriptionSkipOrInclude(operationName),
                    ErrorCodes.ValidationSubscriptionRootFieldNotSingle,
                    SpecifiedBy,
                    forbidden);
                return;
            }

            if (responseNames.Count > 1)
            {
                Context.ReportError(
                    ValidationMessages.SubscriptionNotSingleField(operationName),
                    ErrorCodes.ValidationSubscriptionRootFieldNotSingle,
                    SpecifiedBy,
                    responseNames.Skip(1).SelectMany(name => fields[name]));
            }

            foreach (string responseName in responseNames)
            {
                List<FieldNode> fieldNodes = fields[responseName];
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    Context.ReportError(
                        ValidationMessages.SubscriptionIntrospectionField(operationName),
                        ErrorCodes.ValidationSubscriptionRootFieldNotSingle,
                        SpecifiedBy,
                        fieldNodes);
                }
            }
        }

        // Spec: CollectSubscriptionFields(objectType, selectionSet, visitedFragments)
        private void CollectSubscriptionFields(
            ObjectType objectType,
            SelectionSetNode selectionSet,
            Dictionary<string, List<FieldNode>> fields,
            List<string> responseNames,
            List<DirectiveNode> forbidden,
            HashSet<string> visitedFragments)
        {
            foreach (SelectionNode selection in selectionSet.Selections)
            {
                foreach (DirectiveNode directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        forbidden.Add(directive);
                    }
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!fields.TryGetValue(field.ResponseName, out List<FieldNode>? list))
                        {
                            list = [];
                            fields[field.ResponseName] = list;
                            responseNames.Add(field.ResponseName);
                        }

                        list.Add(field);
                        break;
                    case FragmentSpreadNode spread:
                        if (visitedFragments.Add(spread.Name.Value)
                            && Context.Fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment)
                            && DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                        {
                            CollectSubscriptionFields(objectType, fragment.SelectionSet, fields, responseNames, forbidden, visitedFragments);
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition))
                        {
                            CollectSubscriptionFields(objectType, inline.SelectionSet, fields, responseNames, forbidden, visitedFragments);
                        }

                        break;
                }
            }
        }

        // Spec: DoesFragmentTypeApply(objectType, fragmentType)
        private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition) =>
            Context.Schema.TryGetType(typeCondition.Name.Value, out NamedType? fragmentType)
            && Context.Schema.IsPossibleType(fragmentType, objectType);
    }
}
