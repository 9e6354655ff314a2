namespace CreativeGraph.Api.Tests;

/// <summary>
/// Runs a folder of Node.js tests (<c>node --test</c>) from the test project's own pinned npm dependencies: the
/// folder's package.json and package-lock.json, installed with <c>npm ci</c> when its node_modules does not hold them
/// or is older than the lock file (a dependency was added or changed since the last install).
/// Skips the calling test (a skippable one) with the reason when Node.js or npm is missing, and fails under CI=true.
/// </summary>
internal static class NodeTests
{
    public static async Task<string> RunAsync(string folder, string[] testFiles, IReadOnlyDictionary<string, string> environment)
    {
        OptionalTool.RequireNode();
        string directory = Path.Combine(RepositoryPaths.Root, "tests", "CreativeGraph.Api.Tests", folder);
        string installed = Path.Combine(directory, "node_modules", ".package-lock.json");
        if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(Path.Combine(directory, "package-lock.json")))
        {
            (int installExit, string installOutput) = await ExternalProcess.RunAsync(
                "npm", ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
            Assert.True(installExit == 0, $"npm ci failed in {folder}:\n" + ExternalProcess.Tail(installOutput));
        }

        (int exitCode, string output) = await ExternalProcess.RunAsync(
            "node", ["--test", .. testFiles], directory, TimeSpan.FromMinutes(5), environment);

        Assert.True(exitCode == 0, $"The Node.js tests in {folder} failed:\n" + ExternalProcess.Tail(output, 80));
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
        return output;
    }
}
