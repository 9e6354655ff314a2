using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// The owner of a rented query (<see cref="RentedQuery{T}.Owner"/>) when it lends the <see cref="DbContext"/> the
/// query was made from rather than giving it away: disposing it hands the context back to its lender, e.g. to the
/// one context a request's statements share, one statement at a time. The context runs the compiled and plain
/// statements as an owned one would.
/// </summary>
public interface ILentContext : IAsyncDisposable
{
    /// <summary>The lent context; not to be used once this owner is disposed.</summary>
    DbContext Context { get; }
}
