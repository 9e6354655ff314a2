namespace CreativeGraph.Api.Commands;

/// <summary>Settings that cannot work, one message per bad key (<see cref="Operations.ConfigurationValidator"/>): exit code 2.</summary>
internal sealed class ConfigurationProblemsException(IReadOnlyList<string> problems)
    : Exception("The configuration has errors: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
