using CreativeGraph.Api.Commands;

// The command line (serve by default, import, export, generate, schema export, apikey create, healthcheck):
// see Commands/KnowledgeGraphCli.cs, or run with --help.
return await KnowledgeGraphCli.InvokeAsync(args, Console.Out, Console.Error).ConfigureAwait(false);

/// <summary>The host's entry point.</summary>
public partial class Program;
