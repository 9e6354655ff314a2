using System.CommandLine;
using System.Globalization;
using System.Text;
using CreativeGraph.Persistence.Import.Csv;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>generate --format csv [--projects N] [--participations N] [--seed N] [--separator ;] --output FILE</c>: writes a
/// keep.eu-style table (<see cref="KeepEuSampleGenerator"/>) instead of filling a database, e.g. to measure
/// <c>import --format csv</c>. Exit codes: 0 written, 2 usage error.
/// </summary>
internal static class GenerateCsvCommand
{
    public const string GraphFormat = "graph";
    public const string CsvFormat = "csv";

    /// <summary>Adds the CSV options to <c>generate</c>; the result reads them back from a parse.</summary>
    public static CsvOptions AddOptionsTo(Command command)
    {
        CsvOptions options = new(
            new Option<string>("--format")
            {
                Description = "graph: a synthetic graph into the database (the default); csv: a keep.eu-style table into --output",
                DefaultValueFactory = _ => GraphFormat,
            },
            new Option<int>("--participations")
            {
                Description = "csv only: rows (participations); at least twice --projects",
                DefaultValueFactory = _ => 200_000,
            },
            new Option<FileInfo>("--output") { Description = "csv only: the file to write" },
            new Option<string>("--separator") { Description = "csv only: the field separator, ',' or ';'", DefaultValueFactory = _ => "," });
        options.Format.AcceptOnlyFromAmong(GraphFormat, CsvFormat);
        command.Add(options.Format);
        command.Add(options.Participations);
        command.Add(options.Output);
        command.Add(options.Separator);
        return options;
    }

    public static async Task<int> RunAsync(ParseResult parseResult, CsvOptions options, int projects, long seed, CancellationToken cancellationToken)
    {
        FileInfo output = parseResult.GetValue(options.Output) ?? throw new UsageException("generate --format csv needs --output FILE.");
        int participations = parseResult.GetValue(options.Participations);
        string separator = parseResult.GetValue(options.Separator) ?? ",";
        if (separator is not ("," or ";"))
        {
            throw new UsageException($"--separator is ',' or ';', not '{separator}'.");
        }

        if (projects < 1 || participations < 2 * projects)
        {
            throw new UsageException($"--participations ({participations}) must be at least twice --projects ({projects}), and --projects at least 1.");
        }

        KeepEuSample sample = KeepEuSampleGenerator.Generate(projects, participations, seed);
        StreamWriter writer = new(output.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using (writer.ConfigureAwait(false))
        {
            sample.Write(writer, separator[0]);
        }

        await parseResult.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generated '{output.Name}': {projects} projects, {sample.Rows.Count} participations of {sample.Rows.Select(r => r.Organisation).Distinct().Count()} organisations (seed {seed}).")).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return ExitCodes.Ok;
    }

    internal sealed record CsvOptions(Option<string> Format, Option<int> Participations, Option<FileInfo> Output, Option<string> Separator)
    {
        public bool IsRequested(ParseResult parseResult) => parseResult.GetValue(Format) == CsvFormat;
    }
}
