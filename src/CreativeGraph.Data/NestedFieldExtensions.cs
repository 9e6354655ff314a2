using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Loading;
using CreativeGraph.Data.Projections;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data;

/// <summary>
/// Nested list fields and reference fields on an object type, each served by a loader per field selection with
/// one SQL statement per batch. <c>source</c> is called once per batch (rent a pooled <c>DbContext</c> there and
/// return it as the owner: it is disposed after the batch's statements), with the context of one of the batch's
/// resolvers: use it for services and request state, not for the parent. Keys are value types (int, a value
/// tuple such as <c>new ValueTuple&lt;string, string&gt;(l.EntityType, l.EntityKey)</c>) or classes (string, a
/// record); a parent whose key is null gets an empty list, connection or null reference.
/// </summary>
public static class NestedFieldExtensions
{
    /// <summary>
    /// A nested list of <typeparamref name="TNode"/> reached through links (<c>Project.partners</c> through Participation):
    /// the links whose <paramref name="linkKey"/> equals the parent's <paramref name="parentKey"/>, each mapped to its
    /// far end by <paramref name="node"/> (a navigation, e.g. <c>l =&gt; l.Partner</c>).
    /// </summary>
    public static ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> ConnectionField<TParent, TLink, TNode, TKey>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Expression<Func<TParent, TKey?>> parentKey,
        Func<IResolverContext, RentedQuery<TLink>> source,
        Expression<Func<TLink, TKey?>> linkKey,
        Expression<Func<TLink, TNode>> node,
        string? nodeType = null)
        where TKey : struct =>
        Connection<TParent, TLink, TNode, TKey>(type, builder, name, parentKey, source, linkKey, node, nodeType);

    /// <inheritdoc cref="ConnectionField{TParent, TLink, TNode, TKey}(ObjectTypeDescriptor, SchemaBuilder, string, Expression{Func{TParent, TKey?}}, Func{IResolverContext, ValueTuple{IQueryable{TLink}, IAsyncDisposable}}, Expression{Func{TLink, TKey?}}, Expression{Func{TLink, TNode}}, string?)"/>
    public static ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> ConnectionField<TParent, TLink, TNode, TKey>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Expression<Func<TParent, TKey?>> parentKey,
        Func<IResolverContext, RentedQuery<TLink>> source,
        Expression<Func<TLink, TKey>> linkKey,
        Expression<Func<TLink, TNode>> node,
        string? nodeType = null)
        where TKey : class =>
        Connection<TParent, TLink, TNode, TKey>(type, builder, name, parentKey, source, linkKey, node, nodeType);

    /// <summary>
    /// A nested list of <typeparamref name="TNode"/> rows whose <paramref name="linkKey"/> (a foreign key, e.g.
    /// <c>c =&gt; c.RegionId</c>) equals the parent's <paramref name="parentKey"/> (<c>Region.cities</c>); also for
    /// edge entities listed as themselves (<c>Project.participations</c> with their role).
    /// </summary>
    public static ConnectionFieldDescriptor<TParent, TNode, TNode, TKey> ConnectionField<TParent, TNode, TKey>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Expression<Func<TParent, TKey?>> parentKey,
        Func<IResolverContext, RentedQuery<TNode>> source,
        Expression<Func<TNode, TKey?>> linkKey,
        string? nodeType = null)
        where TKey : struct =>
        Connection<TParent, TNode, TNode, TKey>(type, builder, name, parentKey, source, linkKey, Identity<TNode>(), nodeType);

    /// <inheritdoc cref="ConnectionField{TParent, TNode, TKey}(ObjectTypeDescriptor, SchemaBuilder, string, Expression{Func{TParent, TKey?}}, Func{IResolverContext, ValueTuple{IQueryable{TNode}, IAsyncDisposable}}, Expression{Func{TNode, TKey?}}, string?)"/>
    public static ConnectionFieldDescriptor<TParent, TNode, TNode, TKey> ConnectionField<TParent, TNode, TKey>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Expression<Func<TParent, TKey?>> parentKey,
        Func<IResolverContext, RentedQuery<TNode>> source,
        Expression<Func<TNode, TKey>> linkKey,
        string? nodeType = null)
        where TKey : class =>
        Connection<TParent, TNode, TNode, TKey>(type, builder, name, parentKey, source, linkKey, Identity<TNode>(), nodeType);

    /// <summary>
    /// A to-one field: the <typeparamref name="TNode"/> whose <paramref name="key"/> equals the parent's foreign key
    /// <paramref name="foreignKey"/> (<c>p =&gt; p.CityId</c>); null when the foreign key is null or matches no row.
    /// </summary>
    public static ReferenceFieldDescriptor<TParent, TNode, TKey> ReferenceField<TParent, TNode, TKey>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Expression<Func<TParent, TKey?>> foreignKey,
        Func<IResolverContext, RentedQuery<TNode>> source,
        Expression<Func<TNode, TKey?>> key,
        string? nodeType = null)
        where TKey : struct =>
        Reference<TParent, TNode, TKey>(type, builder, name, foreignKey, source, key, nodeType);

    /// <inheritdoc cref="ReferenceField{TParent, TNode, TKey}(ObjectTypeDescriptor, SchemaBuilder, string, Expression{Func{TParent, TKey?}}, Func{IResolverContext, ValueTuple{IQueryable{TNode}, IAsyncDisposable}}, Expression{Func{TNode, TKey?}}, string?)"/>
    public static ReferenceFieldDescriptor<TParent, TNode, TKey> ReferenceField<TParent, TNode, TKey>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Expression<Func<TParent, TKey?>> foreignKey,
        Func<IResolverContext, RentedQuery<TNode>> source,
        Expression<Func<TNode, TKey>> key,
        string? nodeType = null)
        where TKey : class =>
        Reference<TParent, TNode, TKey>(type, builder, name, foreignKey, source, key, nodeType);

    private static ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> Connection<TParent, TLink, TNode, TKey>(
        ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        LambdaExpression parentKey,
        Func<IResolverContext, RentedQuery<TLink>> source,
        LambdaExpression linkKey,
        LambdaExpression node,
        string? nodeType)
        where TKey : notnull
    {
        ListSettings settings = new(DataSchema.For(builder), type.Field(name), typeof(TNode), nodeType ?? typeof(TNode).Name);
        return new(settings, name, type.Name, new NestedList<TLink, TNode, TKey>(settings, parentKey, source, linkKey, node));
    }

    private static ReferenceFieldDescriptor<TParent, TNode, TKey> Reference<TParent, TNode, TKey>(
        ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        LambdaExpression foreignKey,
        Func<IResolverContext, RentedQuery<TNode>> source,
        LambdaExpression key,
        string? nodeType)
        where TKey : notnull
    {
        ListSettings settings = new(DataSchema.For(builder), type.Field(name), typeof(TNode), nodeType ?? typeof(TNode).Name);
        KeyShape<TKey> shape = new(key);
        Func<object?, object?> parentKey = NestedList<TNode, TNode, TKey>.Compile(foreignKey);
        object selection = new();
        ProjectionFieldExtensions.Require(settings.Field, [foreignKey]);
        settings.Field.Type(settings.NodeType).Resolve(context =>
        {
            if (parentKey(context.Parent) is not TKey value)
            {
                return new ValueTask<object?>((object?)null);
            }

            ReferenceLoader<TNode, TKey> loader = context.DataLoader(
                new SelectionKey(selection, context.FieldNodes),
                (Source: source, Shape: shape, Settings: settings, Context: context),
                static (_, s) => new ReferenceLoader<TNode, TKey>(s.Source, s.Shape, ListRequest.From(s.Context, s.Settings), s.Context));

            // The loader's own task, awaited by the engine, which resumes on the request's pump: every parent of a
            // level then completes in one wave, so the next level's keys reach their loaders together (one batch per
            // level), and the field costs no state machine of its own.
            return new ValueTask<object?>(loader.LoadAsync(value, context.RequestAborted));
        });
        return new(settings);
    }

    private static Expression<Func<TNode, TNode>> Identity<TNode>() => x => x;
}
