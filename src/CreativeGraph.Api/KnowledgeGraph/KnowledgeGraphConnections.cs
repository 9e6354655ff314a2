using System.Linq.Expressions;
using System.Reflection;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Data;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using static CreativeGraph.Api.KnowledgeGraph.Fields.KnowledgeGraphContexts;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// The root lists as HotChocolate-style connections (<c>first after last before</c>, <c>where</c>, <c>order</c>;
/// 10 per page by default, at most 50), and what each entity's filter and sort inputs expose: the members named
/// here (the scalars listed, every relation of the EF model, and lists through edges such as <c>Partner.projects</c>),
/// never personal data (<see cref="PersonalDataAttribute"/>).
/// Decimals (<c>budget</c>, <c>euCofinancingRate</c>, <c>annualFee</c>) compare exactly on both providers.
/// </summary>
internal static class KnowledgeGraphConnections
{
    public static SchemaBuilder AddRootConnections(this SchemaBuilder builder, IReadOnlyList<GraphEntity> entities, PagingDefaults paging)
    {
        DataSchema data = DataSchema.For(builder);
        foreach (EntityEnum e in KnowledgeGraphEntities.Enums)
        {
            e.Declare(data);
        }

        // The alternative names every named entity has (not an entity type of its own).
        data.Entity<AlternativeName>(e => Expose(e, "Name", "Language", "Kind"));
        foreach (GraphEntity entity in entities)
        {
            entity.Accept(new FilterInputs(data));
        }

        return builder.ExtendObjectType("Query", t =>
        {
            foreach (GraphEntity entity in entities.Where(e => e.List is not null))
            {
                entity.Accept(new RootConnection(t, builder, paging));
            }
        });
    }

    private sealed class FilterInputs(DataSchema data) : IGraphEntityVisitor
    {
        public void Visit<T>(GraphEntity<T> entity)
            where T : class =>
            data.Entity<T>(e =>
            {
                Expose(e, entity.Filterable);
                entity.Filters?.Invoke(e);
            });
    }

    private sealed class RootConnection(ObjectTypeDescriptor type, SchemaBuilder builder, PagingDefaults paging) : IGraphEntityVisitor
    {
        public void Visit<T>(GraphEntity<T> entity)
            where T : class =>
            Connection(type, builder, paging, entity.List!.Name, entity.List.Description, entity.Stored.Set, entity.List.DefaultOrder);
    }

    /// <summary>
    /// A root connection over a context rented from the pooled factory and returned when the page was read.
    /// <paramref name="defaultOrder"/> applies when <c>order</c> is absent; an <c>order</c> argument replaces it.
    /// </summary>
    private static void Connection<T>(
        ObjectTypeDescriptor type,
        SchemaBuilder builder,
        PagingDefaults paging,
        string name,
        string description,
        Func<KnowledgeGraphDbContext, IQueryable<T>> query,
        params (string Field, bool Descending)[] defaultOrder)
        where T : class
    {
        QueryableFieldDescriptor<T> field = type.QueryableField(builder, name, From(query))
            .UsePaging(paging.Apply)
            .UseProjection()
            .UseFiltering()
            .UseSorting()
            .DefaultOrder(defaultOrder);
        field.Field.Description(description);
        ConnectionArguments.Describe(field.Field, typeof(T));
    }

    /// <summary>
    /// Leaves every scalar property of <typeparamref name="T"/> out of filtering and sorting except <paramref name="scalars"/>;
    /// every relation (a reference or a collection navigation of the EF model, in both directions) stays in, as
    /// HotChocolate's filtering over EF Core exposes it. Personal data is left out whatever the list says.
    /// </summary>
    private static EntityDescriptor<T> Expose<T>(EntityDescriptor<T> entity, params string[] scalars)
    {
        foreach (PropertyInfo property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            bool relation = !property.PropertyType.IsValueType && property.PropertyType != typeof(string);
            if ((relation || scalars.Contains(property.Name)) && property.GetCustomAttribute<PersonalDataAttribute>() is null)
            {
                continue;
            }

            ParameterExpression x = Expression.Parameter(typeof(T), "x");
            entity.Ignore(Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(x, property), typeof(object)), x));
        }

        return entity;
    }
}
