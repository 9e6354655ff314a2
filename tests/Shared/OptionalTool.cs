using Xunit.Sdk;

namespace CreativeGraph.Tests;

/// <summary>
/// Tests that need a tool beside the .NET SDK (Chromium, Node.js and npm, Python with NetworkX, the conformance
/// suite beside the clone). Such a test is a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c> and calls
/// <see cref="Require"/> first: without the tool it is reported as skipped with the reason, and under <c>CI=true</c>
/// it fails instead, so CI never passes a check that did not run.
/// </summary>
internal static class OptionalTool
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the running test (fails it under CI=true) with <paramref name="reason"/> unless <paramref name="available"/>.</summary>
    public static void Require(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            throw new XunitException("CI=true, so this test must run, but " + reason);
        }

        Skip.If(true, reason);
    }

    /// <summary>The full path of <paramref name="command"/> in a directory of PATH, or null.</summary>
    public static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(File.Exists);

    /// <summary>Skips unless Node.js and npm are on PATH (the npm-pinned clients and audits need them).</summary>
    public static void RequireNode() =>
        Require(FindOnPath("node") is not null && FindOnPath("npm") is not null,
            "Node.js and npm are not on PATH: install Node.js 18 or newer (e.g. apt-get install -y nodejs npm).");
}
