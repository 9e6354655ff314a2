using System.Collections.Concurrent;
using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Core;

/// <summary>
/// The data layer's state for one <see cref="SchemaBuilder"/>: entity configurations and the generated types,
/// so each <c>FilterInput</c>, <c>SortInput</c>, operation input and CLR enum is added to the builder exactly once.
/// </summary>
public sealed class DataSchema
{
    private readonly Dictionary<Type, EntityConfiguration> _entities = [];
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, IReadOnlyList<EntityMember>> _members = [];
    private readonly Dictionary<string, NodeType> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _connections = new(StringComparer.Ordinal);

    private DataSchema(SchemaBuilder builder) => Builder = builder;

    internal SchemaBuilder Builder { get; }

    /// <summary>The data layer state of <paramref name="builder"/>, kept on the builder's <see cref="SchemaBuilder.Features"/>.</summary>
    public static DataSchema For(SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Features.GetOrAdd(builder, static b => new DataSchema(b));
    }

    /// <summary>Configures an entity's filter and sort members (opt-out, rename).</summary>
    public DataSchema Entity<T>(Action<EntityDescriptor<T>> configure)
    {
        configure(new EntityDescriptor<T>(Configuration(typeof(T))));
        return this;
    }

    /// <summary>
    /// Adds a CLR enum as a GraphQL enum named like the type (idempotent). Use this instead of
    /// <see cref="SchemaBuilder.AddEnumType{TEnum}"/> for enums that filter or sort inputs also use.
    /// </summary>
    public DataSchema EnumType<TEnum>()
        where TEnum : struct, Enum
    {
        EnsureEnum(typeof(TEnum));
        return this;
    }

    /// <summary>
    /// Declares that the builder already defines a GraphQL enum named like <typeparamref name="TEnum"/> for it (e.g. in
    /// SDL, bound with <see cref="SchemaBuilder.BindEnumType{TEnum}"/>): inputs reference that enum, nothing is added.
    /// </summary>
    public DataSchema ExistingEnumType<TEnum>()
        where TEnum : struct, Enum
    {
        _added.Add(typeof(TEnum).Name);
        return this;
    }

    /// <summary>Registers a node type; its key member becomes <c>id: IdOperationFilterInput</c> in filters.</summary>
    internal void AddNode(NodeType node, Type entity, string keyProperty)
    {
        if (!_nodes.TryAdd(node.TypeName, node))
        {
            throw new InvalidOperationException($"The type {node.TypeName} is declared a node twice.");
        }

        Configuration(entity).GlobalId(keyProperty, node.TypeName);
    }

    /// <summary>The node type named <paramref name="typeName"/>; read by concurrent requests after the build.</summary>
    internal NodeType? FindNode(string typeName) => _nodes.GetValueOrDefault(typeName);

    internal EntityConfiguration Configuration(Type type)
    {
        if (!_entities.TryGetValue(type, out EntityConfiguration? configuration))
        {
            configuration = new EntityConfiguration();
            _entities[type] = configuration;
        }

        return configuration;
    }

    /// <summary>The members of <paramref name="type"/>; read by resolvers of concurrent requests, computed once.</summary>
    internal IReadOnlyList<EntityMember> Members(Type type) =>
        _members.GetOrAdd(type, t => EntityMember.Of(t, _entities.GetValueOrDefault(t)));

    /// <summary>Runs <paramref name="add"/> the first time <paramref name="typeName"/> is asked for.</summary>
    internal string Once(string typeName, Action<SchemaBuilder> add)
    {
        if (_added.Add(typeName))
        {
            add(Builder);
        }

        return typeName;
    }

    /// <summary>
    /// Claims connection type prefix <paramref name="prefix"/> for lists of <paramref name="nodeType"/>; false when
    /// a list of another node type already has it.
    /// </summary>
    internal bool TryClaimConnection(string prefix, string nodeType)
    {
        if (_connections.TryGetValue(prefix, out string? claimed))
        {
            return claimed == nodeType;
        }

        _connections[prefix] = nodeType;
        return true;
    }

    internal void EnsureEnum(Type enumType) =>
        Once(enumType.Name, b => typeof(SchemaBuilder).GetMethod(nameof(SchemaBuilder.AddEnumType), 1, [typeof(string), typeof(Action<EnumTypeDescriptor>)])!
            .MakeGenericMethod(enumType)
            .Invoke(b, [null, null]));
}
