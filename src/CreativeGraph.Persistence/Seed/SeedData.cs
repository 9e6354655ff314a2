using System.Reflection;

namespace CreativeGraph.Persistence.Seed;

/// <summary>The data files under <c>Seed/Data</c>, embedded in this assembly.</summary>
public static class SeedData
{
    private const string Prefix = "CreativeGraph.Persistence.Seed.";

    public static IReadOnlyList<ImportFile> Load()
    {
        Assembly assembly = typeof(SeedData).Assembly;
        var files = new List<ImportFile>();
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            files.Add(new ImportFile(resource[Prefix.Length..], reader.ReadToEnd()));
        }

        return files;
    }
}
