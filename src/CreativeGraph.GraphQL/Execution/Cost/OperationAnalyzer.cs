using System.Globalization;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// One walk over an operation (fragments expanded) computing its field cost and type cost in HotChocolate's manner
/// (IBM cost specification) — field cost(field) = weight + weights of the given arguments + listSize × field
/// cost(sub-selections), weight 1 for composite and list fields and 0 for other leaves unless <c>@cost</c> says
/// otherwise (<see cref="CostMetadata.Weight"/>), list size from <c>@listSize</c> (<see cref="CostMetadata.ListSize"/>);
/// type cost(field) = listSize × (1 for a composite type, else 0, + type cost(sub-selections)), plus 1 for the root
/// type, i.e. how many objects the response can hold — plus depth, field and alias counts. @skip and @include are
/// ignored (worst case); selections of fragments on other types are counted as if they applied.
/// </summary>
internal sealed class OperationAnalyzer
{
    private static readonly string[] s_defaultSlicingArguments = ["first", "last"];

    private readonly Schema _schema;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly HashSet<string> _activeFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, NamedType Type, SizedFields Sized), FragmentFigures> _fragmentFigures = [];
    private readonly List<string> _path = [];
    private GraphQLError? _error;
    private int _fieldCount;
    private int _aliasCount;
    private int _maxDepth;
    private bool _usesIntrospection;

    private OperationAnalyzer(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables)
    {
        _schema = schema;
        _variables = variables;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public static OperationAnalysis Analyze(Schema schema, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        OperationAnalyzer analyzer = new(schema, document, variables);
        Costs cost = analyzer.SelectionSetCost(rootType, operation.SelectionSet, 1, default);

        // IBM cost spec #sec-Type-Cost: the root object counts once.
        return new OperationAnalysis(cost.Field, cost.Type + 1, analyzer._maxDepth, analyzer._fieldCount, analyzer._aliasCount, analyzer._usesIntrospection, analyzer._error);
    }

    // `sized`: the list size a parent's @listSize(sizedFields:) gives to the fields of this selection set it names.
    private Costs SelectionSetCost(NamedType parentType, SelectionSetNode selectionSet, int depth, SizedFields sized)
    {
        Costs cost = default;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    cost += FieldCost(parentType, field, depth, sized);
                    break;

                case InlineFragmentNode inline:
                    cost += SelectionSetCost(TypeCondition(inline.TypeCondition) ?? parentType, inline.SelectionSet, depth, sized);
                    break;

                case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment):
                    cost += FragmentCost(parentType, fragment, depth, sized);
                    break;
            }
        }

        return cost;
    }

    // A fragment's figures depend only on the type it is spread into (and the sized fields it inherits), so
    // each (fragment, type, sized) triple is walked once and its figures reused: a fan-out bomb (fragments
    // spreading the next one twice, 30 deep) costs a walk per fragment, not 2^30 walks.
    private Costs FragmentCost(NamedType parentType, FragmentDefinitionNode fragment, int depth, SizedFields sized)
    {
        (string, NamedType, SizedFields) key = (fragment.Name.Value, parentType, sized);
        if (!_fragmentFigures.TryGetValue(key, out FragmentFigures figures))
        {
            // Validation rejects fragment cycles; the guard keeps an unvalidated document finite.
            if (!_activeFragments.Add(fragment.Name.Value))
            {
                return default;
            }

            (int fields, int aliases, int maxDepth) = (_fieldCount, _aliasCount, _maxDepth);
            (_fieldCount, _aliasCount, _maxDepth) = (0, 0, 0);
            Costs cost = SelectionSetCost(TypeCondition(fragment.TypeCondition) ?? parentType, fragment.SelectionSet, 1, sized);
            figures = new FragmentFigures(cost, _fieldCount, _aliasCount, _maxDepth);
            (_fieldCount, _aliasCount, _maxDepth) = (fields, aliases, maxDepth);
            _activeFragments.Remove(fragment.Name.Value);
            _fragmentFigures[key] = figures;
        }

        _fieldCount = SaturatingAdd(_fieldCount, figures.Fields);
        _aliasCount = SaturatingAdd(_aliasCount, figures.Aliases);
        if (figures.Depth > 0)
        {
            _maxDepth = Math.Max(_maxDepth, depth - 1 + figures.Depth);
        }

        return figures.Cost;
    }

    private static int SaturatingAdd(int a, int b) => (int)Math.Min((long)a + b, int.MaxValue);

    private Costs FieldCost(NamedType parentType, FieldNode node, int depth, SizedFields sized)
    {
        _fieldCount = SaturatingAdd(_fieldCount, 1);
        _maxDepth = Math.Max(_maxDepth, depth);
        if (node.Alias is not null)
        {
            _aliasCount = SaturatingAdd(_aliasCount, 1);
        }

        if (node.Name.Value.StartsWith("__", StringComparison.Ordinal))
        {
            // Introspection is free and does not count towards depth, as in HotChocolate: the IDE's schema
            // query must always run. It is governed by EnableIntrospection instead.
            _usesIntrospection |= depth == 1 && node.Name.Value is "__schema" or "__type";
            return default;
        }

        OutputField? field = parentType is IComplexOutputType complex ? complex.Fields[node.Name.Value] : null;
        if (field is null)
        {
            return default;
        }

        // IBM cost spec #sec-weight: composite types and lists weigh 1 by default, scalars and enums 0.
        NamedType fieldType = field.Type.NamedType();
        bool isList = field.Type.NullableType() is ListType;
        double weight = (CostMetadata.WeightOf(field.ContextData) ?? (isList || fieldType.IsCompositeType() ? 1 : 0))
            + (node.Arguments.Count > 0 ? InputCost.OfArguments(field, node.Arguments, _variables) : 0);

        // IBM cost spec #sec-weight: composite types weigh 1 in the type cost, scalars and enums 0.
        double typeWeight = fieldType.IsCompositeType() ? 1 : 0;

        ListSizeSettings? listSize = field.ContextData.TryGetValue(CostMetadata.ListSize, out object? settings) ? settings as ListSizeSettings : null;
        if (node.SelectionSet is null)
        {
            if (listSize is not null)
            {
                ListSize(field, node, listSize); // checks requireOneSlicingArgument
            }

            return new Costs(weight, typeWeight);
        }

        SizedFields childSized = default;
        double multiplier = 1;
        if (sized.Names is not null && sized.Names.Contains(node.Name.Value))
        {
            multiplier = sized.Size;
        }
        else if (listSize is { SizedFields.Count: > 0 })
        {
            // A connection: its size is the size of the lists its sized fields (edges, nodes) return.
            childSized = new SizedFields(listSize.SizedFields, ListSize(field, node, listSize));
        }
        else if (isList)
        {
            multiplier = ListSize(field, node, listSize);
        }

        _path.Add(node.ResponseName);
        Costs children = SelectionSetCost(fieldType, node.SelectionSet, depth + 1, childSized);
        _path.RemoveAt(_path.Count - 1);
        return new Costs(weight + (multiplier * children.Field), multiplier * (typeWeight + children.Type));
    }

    // IBM cost spec #sec-listSize: the largest slicing argument given, else a slicing argument's default value
    // in the schema, else slicingArgumentDefaultValue, else assumedSize, else 1. Without @listSize, the
    // field's first and last arguments slice.
    private double ListSize(OutputField field, FieldNode node, ListSizeSettings? settings)
    {
        IReadOnlyList<string> slicing = settings?.SlicingArguments ?? s_defaultSlicingArguments;
        double? size = null;
        int given = 0;
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (slicing.Contains(argument.Name.Value) && SlicingValue(argument.Value) is { } value)
            {
                given++;
                size = Math.Max(size ?? 0, value);
            }
        }

        if (settings is { RequireOneSlicingArgument: true, SlicingArguments.Count: > 0 } && given != 1)
        {
            ReportOneSlicingArgumentRequired(node);
        }

        if (size is null)
        {
            foreach (string name in slicing)
            {
                if (field.Arguments[name]?.DefaultValueLiteral is IntValueNode literal && SlicingValue(literal) is { } value)
                {
                    size = Math.Max(size ?? 0, value);
                }
            }
        }

        double listSize = size ?? settings?.SlicingArgumentDefaultValue ?? settings?.AssumedSize ?? 1;

        // A page larger than the field can return is refused when the field runs, so it never costs more than its maximum.
        return CostMetadata.MaxListSizeOf(field.ContextData) is { } max ? Math.Min(listSize, max) : listSize;
    }

    // A slicing argument's value: an Int literal or an Int variable's coerced value; null and other values do not count.
    private double? SlicingValue(ValueNode value)
    {
        object? coerced = value switch
        {
            IntValueNode i => int.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : null,
            VariableNode v => _variables.GetValueOrDefault(v.Name.Value),
            _ => null,
        };
        return coerced is int or long ? Math.Max(0, Convert.ToDouble(coerced, CultureInfo.InvariantCulture)) : null;
    }

    // HotChocolate reports a selection without exactly one slicing argument as HC0082 and does not execute it.
    private void ReportOneSlicingArgumentRequired(FieldNode node)
    {
        if (_error is not null)
        {
            return;
        }

        ResponsePath path = ResponsePath.Root;
        foreach (string name in _path)
        {
            path = path.Append(name);
        }

        _error = new GraphQLError(
            CostMessages.OneSlicingArgumentRequired,
            ErrorCodes.ExecutionOneSlicingArgumentRequired,
            node.Location is { } location ? [location] : null,
            path.Append(node.ResponseName));
    }

    private NamedType? TypeCondition(NamedTypeNode? node) =>
        node is not null && _schema.TryGetType(node.Name.Value, out NamedType? type) ? type : null;

    /// <summary>The fields a parent's <c>@listSize(sizedFields:)</c> names and the size their lists get.</summary>
    private readonly record struct SizedFields(IReadOnlyList<string>? Names, double Size);

    /// <summary>What one walk of a fragment on one type found: cost, fields, aliases and depth relative to the spread.</summary>
    private readonly record struct FragmentFigures(Costs Cost, int Fields, int Aliases, int Depth);

    /// <summary>The field cost and the type cost of a selection.</summary>
    private readonly record struct Costs(double Field, double Type)
    {
        public static Costs operator +(Costs a, Costs b) => new(a.Field + b.Field, a.Type + b.Type);
    }
}
