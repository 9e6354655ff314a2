using System.Globalization;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// One walk over an operation (fragments expanded) computing its field cost in HotChocolate's manner —
/// cost(field) = weight + listSize × cost(sub-selections), weight 1 for composite fields and 0 for leaves
/// unless <see cref="CostMetadata.Weight"/> says otherwise — plus depth, field and alias counts. @skip and
/// @include are ignored (worst case); selections of fragments on other types are counted as if they applied.
/// </summary>
internal sealed class OperationAnalyzer
{
    private static readonly string[] s_defaultSlicingArguments = ["first", "last"];

    private readonly Schema _schema;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly HashSet<string> _activeFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, NamedType Type), FragmentFigures> _fragmentFigures = [];
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
        double cost = analyzer.SelectionSetCost(rootType, operation.SelectionSet, 1);
        return new OperationAnalysis(cost, analyzer._maxDepth, analyzer._fieldCount, analyzer._aliasCount, analyzer._usesIntrospection);
    }

    private double SelectionSetCost(NamedType parentType, SelectionSetNode selectionSet, int depth)
    {
        double cost = 0;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    cost += FieldCost(parentType, field, depth);
                    break;

                case InlineFragmentNode inline:
                    cost += SelectionSetCost(TypeCondition(inline.TypeCondition) ?? parentType, inline.SelectionSet, depth);
                    break;

                case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment):
                    cost += FragmentCost(parentType, fragment, depth);
                    break;
            }
        }

        return cost;
    }

    // A fragment's figures depend only on the type it is spread into, so each (fragment, type) pair is walked
    // once and its figures reused: a fan-out bomb (fragments spreading the next one twice, 30 deep) costs a
    // walk per fragment, not 2^30 walks.
    private double FragmentCost(NamedType parentType, FragmentDefinitionNode fragment, int depth)
    {
        (string, NamedType) key = (fragment.Name.Value, parentType);
        if (!_fragmentFigures.TryGetValue(key, out FragmentFigures figures))
        {
            // Validation rejects fragment cycles; the guard keeps an unvalidated document finite.
            if (!_activeFragments.Add(fragment.Name.Value))
            {
                return 0;
            }

            (int fields, int aliases, int maxDepth) = (_fieldCount, _aliasCount, _maxDepth);
            (_fieldCount, _aliasCount, _maxDepth) = (0, 0, 0);
            double cost = SelectionSetCost(TypeCondition(fragment.TypeCondition) ?? parentType, fragment.SelectionSet, 1);
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

    private double FieldCost(NamedType parentType, FieldNode node, int depth)
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
            return 0;
        }

        OutputField? field = parentType is IComplexOutputType complex ? complex.Fields[node.Name.Value] : null;
        if (field is null)
        {
            return 0;
        }

        NamedType fieldType = field.Type.NamedType();
        bool composite = fieldType.IsCompositeType();
        double weight = field.ContextData.TryGetValue(CostMetadata.Weight, out object? w) && w is not null
            ? Convert.ToDouble(w, CultureInfo.InvariantCulture)
            : composite ? 1 : 0;
        if (node.SelectionSet is null)
        {
            return weight;
        }

        double children = SelectionSetCost(fieldType, node.SelectionSet, depth + 1);
        return weight + (ListSize(field, node) * children);
    }

    // @listSize: a slicing argument's value, else the assumed size, else 1.
    private double ListSize(OutputField field, FieldNode node)
    {
        if (field.Type.NullableType() is not ListType)
        {
            return 1;
        }

        IReadOnlyList<string> slicing = field.ContextData.TryGetValue(CostMetadata.SlicingArguments, out object? s) && s is IReadOnlyList<string> names
            ? names
            : s_defaultSlicingArguments;
        double? size = null;
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (!slicing.Contains(argument.Name.Value))
            {
                continue;
            }

            object? value = argument.Value switch
            {
                IntValueNode i => int.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : null,
                VariableNode v => _variables.GetValueOrDefault(v.Name.Value),
                _ => null,
            };
            if (value is int or long)
            {
                size = Math.Max(size ?? 0, Convert.ToDouble(value, CultureInfo.InvariantCulture));
            }
        }

        if (size is not null)
        {
            return size.Value;
        }

        return field.ContextData.TryGetValue(CostMetadata.AssumedSize, out object? assumed) && assumed is not null
            ? Convert.ToDouble(assumed, CultureInfo.InvariantCulture)
            : 1;
    }

    private NamedType? TypeCondition(NamedTypeNode? node) =>
        node is not null && _schema.TryGetType(node.Name.Value, out NamedType? type) ? type : null;

    /// <summary>What one walk of a fragment on one type found: cost, fields, aliases and depth relative to the spread.</summary>
    private readonly record struct FragmentFigures(double Cost, int Fields, int Aliases, int Depth);
}
