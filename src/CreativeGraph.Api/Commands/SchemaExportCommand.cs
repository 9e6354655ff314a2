using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>schema export [--output FILE]</c> (as in HotChocolate): prints the schema's SDL to standard output, or
/// writes it to FILE. Exit codes: 0 written, 2 usage error.
/// </summary>
internal static class SchemaExportCommand
{
    public static bool IsInvocation(string[] args) => args.Length >= 2 && args[0] == "schema" && args[1] == "export";

    /// <summary>The SDL exactly as <c>schema/schema.graphql</c> holds it.</summary>
    public static string ExportSdl() => SchemaPrinter.Print(KnowledgeGraphSchema.Create()) + "\n";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string? file = null;
        for (int i = 2; i < args.Length; i++)
        {
            if (args[i] == "--output" && i + 1 < args.Length)
            {
                file = args[++i];
            }
            else
            {
                await error.WriteLineAsync("Usage: schema export [--output FILE]").ConfigureAwait(false);
                return 2;
            }
        }

        string sdl = ExportSdl();
        if (file is null)
        {
            await output.WriteAsync(sdl).ConfigureAwait(false);
            return 0;
        }

        string path = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, sdl).ConfigureAwait(false);
        await output.WriteLineAsync($"Schema written to {path}").ConfigureAwait(false);
        return 0;
    }
}
