namespace CreativeGraph.Data.Core;

/// <summary>
/// What the source of a data-convention field hands over for one statement or one batch: the query, and its owner,
/// disposed once the rows are read (the pooled <c>DbContext</c> rented for it; null when nothing is to be given
/// back). The owner, when it is the query's <c>DbContext</c> or lends it (<see cref="Expressions.ILentContext"/>), also
/// runs the compiled and plain statements.
/// </summary>
public readonly record struct RentedQuery<T>(IQueryable<T> Query, IAsyncDisposable? Owner);
