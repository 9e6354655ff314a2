namespace CreativeGraph.Api.Tests;

/// <summary>Where the repository, the built server and the shared conformance suite are.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the clone (conformance checks, seeds, reference).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SchemaFile => Path.Combine(Root, "schema", "schema.graphql");

    public static string ServerAssembly
    {
        get
        {
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            return Path.Combine(Root, "src", "CreativeGraph.Api", "bin", configuration, "net10.0", "CreativeGraph.Api.dll");
        }
    }

    private static string FindRoot()
    {
        DirectoryInfo? directory = new(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CreativeGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CreativeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
