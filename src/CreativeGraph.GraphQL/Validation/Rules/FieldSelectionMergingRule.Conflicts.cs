using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

// The conflict search of Field Selection Merging (graphql-js OverlappingFieldsCanBeMerged, step by step).
internal sealed partial class FieldSelectionMergingRule
{
    // graphql-js doTypesConflict: the two return types cannot share one response shape (SameResponseShape).
    private static bool DoTypesConflict(IType type1, IType type2) => (type1, type2) switch
    {
        (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
        (ListType, _) or (_, ListType) => true,
        (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
        (NonNullType, _) or (_, NonNullType) => true,
        _ when type1.IsLeafType() || type2.IsLeafType() => !ReferenceEquals(type1, type2),
        _ => false,
    };

    private static bool SameArguments(FieldNode node1, FieldNode node2)
    {
        IReadOnlyList<ArgumentNode> args1 = node1.Arguments;
        IReadOnlyList<ArgumentNode> args2 = node2.Arguments;
        if (args1.Count == 0 || args2.Count == 0)
        {
            return args1.Count == args2.Count;
        }

        if (args1.Count != args2.Count)
        {
            return false;
        }

        foreach (ArgumentNode arg1 in args1)
        {
            ValueNode? value2 = null;
            foreach (ArgumentNode arg2 in args2)
            {
                if (arg2.Name.Value == arg1.Name.Value)
                {
                    // graphql-js keeps the last argument of a name.
                    value2 = arg2.Value;
                }
            }

            if (value2 is null || !ValueEquivalence.AreEquivalent(arg1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    private sealed partial class Visitor
    {
        private const int DeduplicationThreshold = 8;

        private readonly Dictionary<List<FieldEntry>, List<FieldEntry>> _distinct = new(ReferenceEqualityComparer.Instance);

        private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            List<Conflict> conflicts = [];
            FieldsAndFragmentNames own = GetFieldsAndFragmentNames(parentType, selectionSet);
            CollectConflictsWithin(conflicts, own.Fields);
            List<string> fragmentNames = own.FragmentNames;
            for (int i = 0; i < fragmentNames.Count && !IsFull(conflicts); i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, own.Fields, fragmentNames[i]);
                for (int j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }

            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts,
            bool areMutuallyExclusive,
            OrderedDictionary<string, List<FieldEntry>> fields,
            string fragmentName)
        {
            if (GetReferencedFieldsAndFragmentNames(fragmentName) is not { } referenced || ReferenceEquals(fields, referenced.Fields))
            {
                return;
            }

            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, referenced.Fields);
            foreach (string referencedFragmentName in referenced.FragmentNames)
            {
                if (_comparedFragmentPairs.Contains(referencedFragmentName, fragmentName, areMutuallyExclusive))
                {
                    continue;
                }

                _comparedFragmentPairs.Add(referencedFragmentName, fragmentName, areMutuallyExclusive);
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referencedFragmentName);
            }
        }

        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Contains(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (GetReferencedFieldsAndFragmentNames(fragmentName1) is not { } fragment1
                || GetReferencedFieldsAndFragmentNames(fragmentName2) is not { } fragment2)
            {
                return;
            }

            CollectConflictsBetween(conflicts, areMutuallyExclusive, fragment1.Fields, fragment2.Fields);
            foreach (string referenced2 in fragment2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
            }

            foreach (string referenced1 in fragment1.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
            }
        }

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive,
            NamedType? parentType1,
            SelectionSetNode selectionSet1,
            NamedType? parentType2,
            SelectionSetNode selectionSet2)
        {
            List<Conflict> conflicts = [];
            FieldsAndFragmentNames set1 = GetFieldsAndFragmentNames(parentType1, selectionSet1);
            FieldsAndFragmentNames set2 = GetFieldsAndFragmentNames(parentType2, selectionSet2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, set1.Fields, set2.Fields);
            foreach (string fragmentName2 in set2.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, set1.Fields, fragmentName2);
            }

            foreach (string fragmentName1 in set1.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, set2.Fields, fragmentName1);
            }

            foreach (string fragmentName1 in set1.FragmentNames)
            {
                foreach (string fragmentName2 in set2.FragmentNames)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldEntry>> fields)
        {
            foreach ((string responseName, List<FieldEntry> all) in fields)
            {
                List<FieldEntry> entries = Distinct(all);
                if (entries.Count < 2)
                {
                    continue;
                }

                for (int i = 0; i < entries.Count && !IsFull(conflicts); i++)
                {
                    for (int j = i + 1; j < entries.Count; j++)
                    {
                        if (FindConflict(false, responseName, entries[i], entries[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        // graphql-js compares every pair of a response name's fields. Copies of one selection (same parent type,
        // same text) only repeat each other's comparisons and reports, so a long list is compared once per
        // distinct selection: thousands of copies of a field stay linear. Short lists keep every pair, as in
        // graphql-js, so ordinary documents get exactly graphql-js's errors.
        private List<FieldEntry> Distinct(List<FieldEntry> entries)
        {
            if (entries.Count <= DeduplicationThreshold)
            {
                return entries;
            }

            if (!_distinct.TryGetValue(entries, out List<FieldEntry>? distinct))
            {
                HashSet<(NamedType?, string)> seen = [];
                distinct = [.. entries.Where(e => seen.Add((e.ParentType, SyntaxPrinter.Print(e.Node))))];
                _distinct[entries] = distinct;
            }

            return distinct;
        }

        private void CollectConflictsBetween(
            List<Conflict> conflicts,
            bool parentFieldsAreMutuallyExclusive,
            OrderedDictionary<string, List<FieldEntry>> fields1,
            OrderedDictionary<string, List<FieldEntry>> fields2)
        {
            foreach ((string responseName, List<FieldEntry> all1) in fields1)
            {
                if (!fields2.TryGetValue(responseName, out List<FieldEntry>? all2))
                {
                    continue;
                }

                List<FieldEntry> entries1 = Distinct(all1);
                List<FieldEntry> entries2 = Distinct(all2);

                foreach (FieldEntry field1 in entries1)
                {
                    if (IsFull(conflicts))
                    {
                        return;
                    }

                    foreach (FieldEntry field2 in entries2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
        {
            // Fields on distinct object types can never be encountered for the same object (spec: "if the parent
            // types of fieldA and fieldB are equal or if either is not an Object Type").
            bool areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType)
                    && field1.ParentType is ObjectType
                    && field2.ParentType is ObjectType);
            FieldNode node1 = field1.Node;
            FieldNode node2 = field2.Node;
            if (!areMutuallyExclusive)
            {
                if (node1.Name.Value != node2.Name.Value)
                {
                    return Leaf(ValidationMessages.DifferentFields(node1.Name.Value, node2.Name.Value));
                }

                if (!SameArguments(node1, node2))
                {
                    return Leaf(ValidationMessages.DifferingArguments);
                }
            }

            IType? type1 = field1.Definition?.Type;
            IType? type2 = field2.Definition?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return Leaf(ValidationMessages.ConflictingTypes(type1.Print(), type2.Print()));
            }

            if (node1.SelectionSet is null || node2.SelectionSet is null)
            {
                return null;
            }

            List<Conflict> subConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                type1?.NamedType(),
                node1.SelectionSet,
                type2?.NamedType(),
                node2.SelectionSet);
            if (subConflicts.Count == 0)
            {
                return null;
            }

            return new Conflict(
                new ConflictReason(responseName, null, [.. subConflicts.Select(c => c.Reason)]),
                [node1, .. subConflicts.SelectMany(c => c.Fields1)],
                [node2, .. subConflicts.SelectMany(c => c.Fields2)]);

            Conflict Leaf(string message) => new(new ConflictReason(responseName, message, null), [node1], [node2]);
        }
    }
}
