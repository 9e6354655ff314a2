using CreativeGraph.Data.Expressions;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>
/// One entity type of the knowledge graph as the schema shows it, declared once in its own file: what the store
/// knows of it (<see cref="EntityDefinition"/>), whether it is a <c>Node</c>, the scalar members its filter and sort
/// inputs expose, its root list (connection and offset segment), its root lookup, its <c>SearchableType</c> and
/// what it adds to the research graph (<see cref="GraphEntity{T}.Traversal"/>).
/// The schema's node registrations, root fields, filter inputs and search enum are derived from
/// <see cref="KnowledgeGraphEntities.All"/>.
/// </summary>
internal abstract class GraphEntity
{
    public abstract EntityDefinition Stored { get; }

    /// <summary>The GraphQL type name, the entity's CLR name.</summary>
    public string Name => Stored.Name;

    /// <summary>True when the type implements <c>Node</c> and <c>node(id:)</c> fetches it.</summary>
    public bool IsNode { get; init; }

    /// <summary>The root list, or null when the type is reached only through relations.</summary>
    public RootList? List { get; init; }

    /// <summary>The root lookup by natural key, or null when there is none.</summary>
    public RootLookup? Lookup { get; init; }

    /// <summary>How <c>SearchableType</c> describes this type; set exactly for the types the search covers.</summary>
    public string? SearchDescription { get; init; }

    /// <summary>Calls <paramref name="visitor"/> with the typed declaration.</summary>
    public abstract void Accept(IGraphEntityVisitor visitor);
}

/// <summary>The declaration of <typeparamref name="T"/>.</summary>
internal sealed class GraphEntity<T>(EntityDefinition<T> stored) : GraphEntity
    where T : class
{
    public override EntityDefinition<T> Stored => stored;

    /// <summary>The scalar members the filter and sort inputs expose (relations are always in; personal data never).</summary>
    public string[] Filterable { get; init; } = [];

    /// <summary>Further filter-input configuration: relations left out, lists through edges.</summary>
    public Action<EntityDescriptor<T>>? Filters { get; init; }

    /// <summary>What the type adds to the research graph (nodes, relation kinds, edges), or null when nothing.</summary>
    public EntityTraversal<T>? Traversal { get; init; }

    /// <summary>How the lookup finds the row for its argument.</summary>
    public Func<KnowledgeGraphDbContext, string, IQueryable<T>>? Find { get; init; }

    public override void Accept(IGraphEntityVisitor visitor) => visitor.Visit(this);
}

/// <summary>Something done for each entity type with its CLR type in hand.</summary>
internal interface IGraphEntityVisitor
{
    void Visit<T>(GraphEntity<T> entity)
        where T : class;
}

/// <summary>
/// A root list: the connection <c>name</c> and the offset-paged twin <c>namePage</c>, both in
/// <paramref name="DefaultOrder"/> when no <c>order</c> is given.
/// </summary>
internal sealed record RootList(string Name, string Description, string SegmentDescription, params (string Field, bool Descending)[] DefaultOrder);

/// <summary>A root lookup <c>name(argument: String!)</c>; the argument is the slug unless named otherwise.</summary>
internal sealed record RootLookup(string Name, string Description, string Argument = "slug", string? ArgumentDescription = null);
