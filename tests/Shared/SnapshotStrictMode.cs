using System.Runtime.CompilerServices;

namespace CreativeGraph.Tests;

/// <summary>
/// Snapshooter writes a missing snapshot and passes, unless its strict mode is on (<c>SNAPSHOOTER_STRICT_MODE</c>
/// <c>true</c> or <c>on</c>); it does not look at <c>CI</c> by itself. Under <c>CI=true</c> this assembly turns strict mode
/// on before any test runs, so CI never creates a snapshot: a missing one fails with SnapshotNotFoundException.
/// </summary>
internal static class SnapshotStrictMode
{
    public const string Variable = "SNAPSHOOTER_STRICT_MODE";

#pragma warning disable CA2255 // a test assembly sets up its process once, before any test reads the variable
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TurnOnUnderCi() => Apply(OptionalTool.IsCi);

    /// <summary>Turns strict mode on when <paramref name="ci"/>; a value already set by the caller wins.</summary>
    internal static void Apply(bool ci)
    {
        if (ci && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Environment.SetEnvironmentVariable(Variable, "true");
        }
    }
}
