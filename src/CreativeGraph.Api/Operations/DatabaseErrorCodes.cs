namespace CreativeGraph.Api.Operations;

/// <summary>Codes of the server's database availability (<c>extensions.code</c>).</summary>
public static class DatabaseErrorCodes
{
    // Availability of the server's database. HotChocolate has no code for it (an unreachable database is an
    // unexpected error there), so the code is ours: clients can tell "try again later" from a bug.

    /// <summary>
    /// The database could not be reached, or stayed busy, after the server's own retries. The error carries
    /// <c>retryAfter</c> (seconds) in its extensions; the request may be sent again unchanged.
    /// </summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
}
