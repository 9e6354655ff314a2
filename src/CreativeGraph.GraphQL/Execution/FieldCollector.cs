using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// CollectFields, CollectSubfields and DoesFragmentTypeApply (spec #sec-Field-Collection). One collector
/// serves one operation plan; when the operation's @skip/@include depend on variables the plan (and so
/// the collector) is built per request with those variable values.
/// </summary>
internal sealed class FieldCollector
{
    private const string TypeNameField = "__typename";

    private readonly Schema _schema;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly bool _incremental;

    /// <param name="incremental">
    /// True when the request is delivered incrementally: fragments under <c>@defer</c> are set aside in
    /// <see cref="SelectionSetPlan.Deferred"/> instead of collected, and list fields keep their <c>@stream</c>
    /// (otherwise both directives are ignored).
    /// </param>
    public FieldCollector(Schema schema, Dictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables, bool incremental = false)
    {
        _schema = schema;
        _fragments = fragments;
        _variables = variables;
        _incremental = incremental;
    }

    public bool IsIncremental => _incremental;

    public SelectionSetPlan CollectFields(ObjectType objectType, SelectionSetNode selectionSet)
    {
        Dictionary<string, List<FieldNode>> map = new(StringComparer.Ordinal);
        List<string> order = [];
        List<DeferredFragment>? deferred = null;
        Collect(objectType, selectionSet, map, order, null, ref deferred);
        return Build(objectType, map, order, deferred);
    }

    // Spec CollectSubfields: merge the selection sets of every field of the field set.
    public SelectionSetPlan CollectSubfields(ObjectType objectType, List<FieldNode> fields)
    {
        Dictionary<string, List<FieldNode>> map = new(StringComparer.Ordinal);
        List<string> order = [];
        List<DeferredFragment>? deferred = null;
        foreach (FieldNode field in fields)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Collect(objectType, selectionSet, map, order, null, ref deferred);
            }
        }

        return Build(objectType, map, order, deferred);
    }

    private SelectionSetPlan Build(ObjectType objectType, Dictionary<string, List<FieldNode>> map, List<string> order, List<DeferredFragment>? deferred)
    {
        List<CollectedField> fields = new(order.Count);
        foreach (string responseName in order)
        {
            List<FieldNode> nodes = map[responseName];
            string fieldName = nodes[0].Name.Value;
            if (objectType.Fields.TryGetField(fieldName, out OutputField? field))
            {
                // A list field's @stream, read once per plan (incremental delivery only).
                StreamUsage? stream = _incremental && field.Type.NullableType() is ListType ? StreamUsage.Find(_schema, nodes[0], _variables) : null;
                fields.Add(new CollectedField(responseName, field, nodes) { Stream = stream });
            }
            else if (fieldName == TypeNameField)
            {
                fields.Add(new CollectedField(responseName, null, nodes));
            }

            // Spec ExecuteCollectedFields: a field the type does not define ("If fieldType is defined") is skipped.
        }

        return new SelectionSetPlan(objectType, [.. fields]) { Deferred = deferred?.ToArray() };
    }

    private void Collect(
        ObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> map,
        List<string> order,
        HashSet<string>? visitedFragments,
        ref List<DeferredFragment>? deferred)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    string responseName = field.ResponseName;
                    if (!map.TryGetValue(responseName, out List<FieldNode>? set))
                    {
                        set = [];
                        map[responseName] = set;
                        order.Add(responseName);
                    }

                    set.Add(field);
                    break;

                case FragmentSpreadNode spread:
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(spread.Name.Value)
                        || !_fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment)
                        || !DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    if (_incremental && DeferredFragment.Find(spread.Directives, _variables) is { } deferSpread)
                    {
                        (deferred ??= []).Add(new DeferredFragment(DeferredFragment.LabelOf(deferSpread), fragment.SelectionSet));
                        continue;
                    }

                    Collect(objectType, fragment.SelectionSet, map, order, visitedFragments, ref deferred);
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        continue;
                    }

                    if (_incremental && DeferredFragment.Find(inline.Directives, _variables) is { } deferInline)
                    {
                        (deferred ??= []).Add(new DeferredFragment(DeferredFragment.LabelOf(deferInline), inline.SelectionSet));
                        continue;
                    }

                    Collect(objectType, inline.SelectionSet, map, order, visitedFragments, ref deferred);
                    break;
            }
        }
    }

    // Spec #sec-Field-Collection, DoesFragmentTypeApply.
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition) =>
        _schema.TryGetType(typeCondition.Name.Value, out NamedType? fragmentType)
        && _schema.IsPossibleType(fragmentType, objectType);

    // Spec CollectFields: @skip(if: true) excludes, @include(if: not true) excludes.
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            DirectiveNode directive = directives[i];
            string name = directive.Name.Value;
            if (name == "skip" && IsTrue(directive))
            {
                return false;
            }

            if (name == "include" && !IsTrue(directive))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsTrue(DirectiveNode directive)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode b => b.Value,
                    VariableNode v => _variables is not null && _variables.TryGetValue(v.Name.Value, out object? value) && value is true,
                    _ => false,
                };
            }
        }

        return false;
    }

    /// <summary>True when some @skip/@include of the document takes its condition from a variable.</summary>
    public static bool HasVariableConditions(DocumentNode document)
    {
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable && HasVariableConditions(executable.SelectionSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVariableConditions(SelectionSetNode selectionSet)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            foreach (DirectiveNode directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => a.Value is VariableNode))
                {
                    return true;
                }
            }

            SelectionSetNode? child = selection switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                _ => null,
            };
            if (child is not null && HasVariableConditions(child))
            {
                return true;
            }
        }

        return false;
    }
}
