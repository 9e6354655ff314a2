using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// One entry of a collected fields map (spec #sec-Field-Collection): a response name with its field set,
/// the field definition, pre-coerced literal arguments, and the sub-selections collected per object
/// type on first use (so repeated executions of a cached document do not collect again).
/// </summary>
internal sealed class CollectedField
{
    private readonly Lock _lock = new();
    private SelectionSetPlan? _singleChild;
    private Dictionary<ObjectType, SelectionSetPlan>? _children;
    private IReadOnlyList<Location>? _locations;

    public CollectedField(string responseName, OutputField? field, List<FieldNode> nodes)
    {
        ResponseName = responseName;
        Field = field;
        Nodes = nodes;
        if (field is not null && field.Arguments.Count > 0 && !nodes[0].Arguments.Any(a => ArgumentCoercion.UsesVariables(a.Value)))
        {
            StaticArguments = ArgumentCoercion.Coerce(field.Arguments, nodes[0].Arguments, null, out GraphQLError? error);
            StaticArgumentError = error;
        }
        else if (field is null || field.Arguments.Count == 0)
        {
            StaticArguments = ArgumentCoercion.Empty;
        }
    }

    public string ResponseName { get; }

    /// <summary>The field definition; null for <c>__typename</c>, which the executor answers itself.</summary>
    public OutputField? Field { get; }

    public bool IsTypeName => Field is null;

    public List<FieldNode> Nodes { get; }

    /// <summary>The arguments when they are literals only (coerced once); null when they use variables.</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments { get; }

    public GraphQLError? StaticArgumentError { get; }

    /// <summary>The list field's <c>@stream</c> when the request is delivered incrementally and it applies; else null.</summary>
    public StreamUsage? Stream { get; init; }

    public IReadOnlyList<Location> Locations => _locations ??= [.. Nodes.Where(n => n.Location is not null).Select(n => n.Location!.Value)];

    /// <summary>CollectSubfields for one object type, cached on this field set.</summary>
    public SelectionSetPlan GetSubfields(ObjectType type, FieldCollector collector)
    {
        SelectionSetPlan? single = Volatile.Read(ref _singleChild);
        if (single is not null && ReferenceEquals(single.Type, type))
        {
            return single;
        }

        lock (_lock)
        {
            if (_singleChild is null)
            {
                SelectionSetPlan plan = collector.CollectSubfields(type, Nodes);
                Volatile.Write(ref _singleChild, plan);
                return plan;
            }

            if (ReferenceEquals(_singleChild.Type, type))
            {
                return _singleChild;
            }

            _children ??= [];
            if (!_children.TryGetValue(type, out SelectionSetPlan? child))
            {
                child = collector.CollectSubfields(type, Nodes);
                _children[type] = child;
            }

            return child;
        }
    }
}
