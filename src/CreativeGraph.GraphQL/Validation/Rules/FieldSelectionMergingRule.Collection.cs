using CreativeGraph.GraphQL.Introspection;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

// Field collection for Field Selection Merging: the fields and fragment names of a selection set, cached.
internal sealed partial class FieldSelectionMergingRule
{
    private sealed partial class Visitor
    {
        private FieldsAndFragmentNames GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_cache.TryGetValue(selectionSet, out FieldsAndFragmentNames? cached))
            {
                return cached;
            }

            OrderedDictionary<string, List<FieldEntry>> fields = new(StringComparer.Ordinal);
            OrderedDictionary<string, bool> fragmentNames = new(StringComparer.Ordinal);
            CollectFieldsAndFragmentNames(parentType, selectionSet, fields, fragmentNames);
            FieldsAndFragmentNames result = new(fields, [.. fragmentNames.Keys]);
            _cache[selectionSet] = result;
            return result;
        }

        private FieldsAndFragmentNames? GetReferencedFieldsAndFragmentNames(string fragmentName)
        {
            if (!Context.Fragments.TryGetValue(fragmentName, out FragmentDefinitionNode? fragment))
            {
                return null;
            }

            if (_cache.TryGetValue(fragment.SelectionSet, out FieldsAndFragmentNames? cached))
            {
                return cached;
            }

            return GetFieldsAndFragmentNames(Context.TypeInfo.TypeFromAst(fragment.TypeCondition) as NamedType, fragment.SelectionSet);
        }

        private void CollectFieldsAndFragmentNames(
            NamedType? parentType,
            SelectionSetNode selectionSet,
            OrderedDictionary<string, List<FieldEntry>> fields,
            OrderedDictionary<string, bool> fragmentNames)
        {
            foreach (SelectionNode selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        // graphql-js looks the definition up in the type's own fields, so meta-fields have none.
                        OutputField? definition = IntrospectionFields.IsMetaField(field.Name.Value)
                            ? null
                            : (parentType as IComplexOutputType)?.Fields[field.Name.Value];
                        if (!fields.TryGetValue(field.ResponseName, out List<FieldEntry>? list))
                        {
                            list = [];
                            fields.Add(field.ResponseName, list);
                        }

                        list.Add(new FieldEntry(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        fragmentNames.TryAdd(spread.Name.Value, true);
                        break;
                    case InlineFragmentNode inline:
                        NamedType? inlineType = inline.TypeCondition is null
                            ? parentType
                            : Context.TypeInfo.TypeFromAst(inline.TypeCondition) as NamedType;
                        CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fields, fragmentNames);
                        break;
                }
            }
        }
    }
}
