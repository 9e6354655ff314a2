namespace CreativeGraph.Api.Commands;

/// <summary>A mistake on the command line or in the configuration that a command found itself (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
