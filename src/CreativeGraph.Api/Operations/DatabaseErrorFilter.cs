using System.Globalization;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.Persistence.Resilience;

namespace CreativeGraph.Api.Operations;

/// <summary>
/// The executor's error filter: a resolver or loader that failed because the database could not be reached or
/// stayed busy (after <see cref="ReadRetryingExecutionStrategy"/> retried it) reports <c>DATABASE_UNAVAILABLE</c>
/// with a retry hint, instead of HotChocolate's "Unexpected Execution Error" (HC0001), which reads like a bug. The
/// error is a field error, so the response keeps HotChocolate's status (200, with the other fields' data).
/// </summary>
internal static class DatabaseErrorFilter
{
    /// <summary>The seconds a client should wait before sending the request again (<c>extensions.retryAfter</c>).</summary>
    public const int RetryAfterSeconds = 2;

    private static readonly IReadOnlyDictionary<string, object?> s_extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["retryAfter"] = RetryAfterSeconds,
    };

    public static GraphQLError? Filter(Exception exception) =>
        TransientDatabaseFailure.IsTransient(exception)
            ? new GraphQLError(
                string.Create(CultureInfo.InvariantCulture, $"The database is unavailable at the moment. Retry in {RetryAfterSeconds} seconds."),
                DatabaseErrorCodes.DatabaseUnavailable,
                extensions: s_extensions,
                exception: exception)
            : null;
}
