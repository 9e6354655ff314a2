namespace CreativeGraph.Api.Commands;

/// <summary>What every command of the CLI exits with.</summary>
internal static class ExitCodes
{
    /// <summary>Done (for <c>healthcheck</c>: the server answered 2xx).</summary>
    public const int Ok = 0;

    /// <summary>The data or the database said no: an import rejected, a full database refused, an unhealthy server.</summary>
    public const int DataError = 1;

    /// <summary>The command line or the configuration is wrong: unknown command or option, a bad value, a missing file.</summary>
    public const int UsageError = 2;
}
