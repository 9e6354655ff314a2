using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Projections;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Loading;

/// <summary>
/// A nested list field as declared: the parent key, the links' source and key, the link → node mapping and the
/// list settings. Its resolver hands each parent's key to the loader of its selection (one per request and selection).
/// </summary>
internal sealed class NestedList<TLink, TNode, TKey>
    where TKey : notnull
{
    public NestedList(
        ListSettings settings,
        LambdaExpression parentKey,
        Func<IResolverContext, RentedQuery<TLink>> source,
        LambdaExpression linkKey,
        LambdaExpression node)
    {
        Settings = settings;
        Source = source;
        LinkKey = new KeyShape<TKey>(linkKey);
        Node = node;
        ParentKey = Compile(parentKey);
        ProjectionFieldExtensions.Require(settings.Field, [parentKey]);
    }

    public ListSettings Settings { get; }

    public Func<IResolverContext, RentedQuery<TLink>> Source { get; }

    public KeyShape<TKey> LinkKey { get; }

    public LambdaExpression Node { get; }

    public Func<object?, object?> ParentKey { get; }

    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        NestedLoader<TLink, TNode, TKey> loader = context.DataLoader(
            new SelectionKey(this, context.FieldNodes),
            (List: this, Context: context),
            static (_, s) => new NestedLoader<TLink, TNode, TKey>(s.List, ListRequest.From(s.Context, s.List.Settings, windowed: s.List.Settings.Paging is not null), s.Context));
        // Resume on the request's pump (not the thread pool): every parent of a level then completes in one wave,
        // so the next level's keys reach their loaders together (one batch per level).
        return ParentKey(context.Parent) is TKey key ? await loader.LoadAsync(key, context.RequestAborted).ConfigureAwait(true) : loader.Empty();
    }

    /// <summary>The parent key lambda as <c>object → boxed key or null</c>.</summary>
    internal static Func<object?, object?> Compile(LambdaExpression key)
    {
        ParameterExpression parent = Expression.Parameter(typeof(object), "parent");
        Expression body = new ParameterReplacer(key.Parameters[0], Expression.Convert(parent, key.Parameters[0].Type)).Visit(key.Body);
        Func<object?, object?> read = Expression.Lambda<Func<object?, object?>>(Expression.Convert(body, typeof(object)), parent).Compile();
        return p => p is null ? null : read(p);
    }
}
