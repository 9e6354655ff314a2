using System.CommandLine;
using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>schema export [--output FILE]</c> (as in HotChocolate): prints the schema's SDL to standard output, or
/// writes it to FILE. Needs no database. Exit codes: 0 written, 2 usage error.
/// </summary>
internal static class SchemaExportCommand
{
    /// <summary>The SDL exactly as <c>schema/schema.graphql</c> holds it.</summary>
    public static string ExportSdl() => SchemaPrinter.Print(KnowledgeGraphSchema.Create()) + "\n";

    public static Command Create()
    {
        Option<FileInfo?> output = new("--output", "-o") { Description = "Write the SDL to this file instead of standard output" };
        Command export = new("export", "Print the schema's SDL (schema/schema.graphql is this output)") { output };
        export.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(output), parseResult.InvocationConfiguration.Output, cancellationToken));
        return new Command("schema", "The GraphQL schema") { export };
    }

    public static async Task<int> RunAsync(FileInfo? file, TextWriter output, CancellationToken cancellationToken)
    {
        string sdl = ExportSdl();
        if (file is null)
        {
            await output.WriteAsync(sdl).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        Directory.CreateDirectory(file.DirectoryName!);
        await File.WriteAllTextAsync(file.FullName, sdl, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Schema written to {file.FullName}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
