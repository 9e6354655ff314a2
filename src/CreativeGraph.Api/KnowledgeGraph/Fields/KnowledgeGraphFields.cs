using System.Linq.Expressions;
using CreativeGraph.Data;
using CreativeGraph.Data.Paging;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using static CreativeGraph.Api.KnowledgeGraph.Fields.KnowledgeGraphContexts;

namespace CreativeGraph.Api.KnowledgeGraph.Fields;

/// <summary>
/// The shapes of relation field the knowledge graph uses, so that each relation is one line in its type's file:
/// references (to-one, batched), connections (to-many, one windowed statement per level, with paging, projection,
/// filtering and sorting in HotChocolate's argument order) and provenance.
/// </summary>
internal sealed class KnowledgeGraphFields(SchemaBuilder builder, ObjectTypeDescriptor type, PagingDefaults paging)
{
    public SchemaBuilder Builder { get; } = builder;

    /// <summary>A to-one field over a foreign key of the parent; <paramref name="required"/> makes it non-null.</summary>
    public void Reference<TParent, TNode>(string name, string description, Expression<Func<TParent, int?>> foreignKey, Func<KnowledgeGraphDbContext, IQueryable<TNode>> source, bool required = false)
        where TNode : class
    {
        ReferenceFieldDescriptor<TParent, TNode, int> field = type
            .ReferenceField<TParent, TNode, int>(Builder, name, foreignKey, From(source), Key<TNode>())
            .UseProjection();
        field.Field.Description(description);
        if (required)
        {
            field.Field.Type(typeof(TNode).Name + "!");
        }
    }

    /// <summary>A to-many field: the <typeparamref name="TNode"/> rows whose foreign key is the parent's id.</summary>
    public void Children<TParent, TNode>(string name, string description, Expression<Func<TParent, int?>> parentKey, Func<KnowledgeGraphDbContext, IQueryable<TNode>> source, Expression<Func<TNode, int?>> foreignKey, params (string Field, bool Descending)[] order)
        where TNode : class =>
        Describe(type.ConnectionField<TParent, TNode, int>(Builder, name, parentKey, From(source), foreignKey), description, order);

    /// <summary>A to-many field through edge rows (<typeparamref name="TLink"/>), listing their far ends.</summary>
    public void Through<TParent, TLink, TNode>(string name, string description, Expression<Func<TParent, int?>> parentKey, Func<KnowledgeGraphDbContext, IQueryable<TLink>> source, Expression<Func<TLink, int?>> linkKey, Expression<Func<TLink, TNode>> node, params (string Field, bool Descending)[] order)
        where TLink : class =>
        Describe(type.ConnectionField<TParent, TLink, TNode, int>(Builder, name, parentKey, From(source), linkKey, node), description, order);

    /// <summary>Provenance: the documents that state the parent, an entity or edge of the type <paramref name="entity"/> declares.</summary>
    public void Sources<TParent>(string description, Expression<Func<TParent, int?>> id, EntityDefinition entity) =>
        Sources(description, id, entity.Keys, entity.Name);

    /// <summary>The other names of the parent, an entity of the type <paramref name="entity"/> declares.</summary>
    public void AlternativeNames<TParent>(Expression<Func<TParent, int?>> id, EntityDefinition entity) =>
        AlternativeNames(id, entity.Keys, entity.Name);

    // The entity type is a parameter of the statement (@entityType), its natural keys joined by value.
    private void Sources<TParent>(string description, Expression<Func<TParent, int?>> id, Func<KnowledgeGraphDbContext, IQueryable<EntityKeyRow>> entities, string entityType) =>
        Through<TParent, ProvenanceLink, Source>(
            "sources",
            description,
            id,
            db => from f in db.FactSources
                  join e in entities(db) on f.EntityKey equals e.Key
                  where f.EntityType == entityType
                  select new ProvenanceLink { EntityId = e.Id, Source = f.Source },
            l => l.EntityId,
            l => l.Source,
            ("slug", false));

    private void AlternativeNames<TParent>(Expression<Func<TParent, int?>> id, Func<KnowledgeGraphDbContext, IQueryable<EntityKeyRow>> entities, string entityType) =>
        Through<TParent, NameLink, AlternativeName>(
            "alternativeNames",
            "Other names: local-language names, translations, variants and the spellings the sources use.",
            id,
            db => from n in db.AlternativeNames
                  join e in entities(db) on n.EntityKey equals e.Key
                  where n.EntityType == entityType
                  select new NameLink { EntityId = e.Id, Name = n },
            l => l.EntityId,
            l => l.Name,
            ("language", false),
            ("name", false));

    private void Describe<TParent, TLink, TNode>(ConnectionFieldDescriptor<TParent, TLink, TNode, int> field, string description, (string Field, bool Descending)[] order)
    {
        field.UsePaging(paging.Apply).UseProjection().UseFiltering().UseSorting();
        if (order.Length > 0)
        {
            field.DefaultOrder(order);
        }

        field.Field.Description(description);
        ConnectionArguments.Describe(field.Field, typeof(TNode));
    }

    private static Expression<Func<TNode, int?>> Key<TNode>()
    {
        ParameterExpression x = Expression.Parameter(typeof(TNode), "x");
        return Expression.Lambda<Func<TNode, int?>>(Expression.Convert(Expression.Property(x, "Id"), typeof(int?)), x);
    }
}

/// <summary>A provenance row joined to the surrogate key of the entity it is about.</summary>
internal sealed class ProvenanceLink
{
    public int EntityId { get; set; }

    public Source Source { get; set; } = null!;
}

/// <summary>An alternative name joined to the surrogate key of the entity it names.</summary>
internal sealed class NameLink
{
    public int EntityId { get; set; }

    public AlternativeName Name { get; set; } = null!;
}
