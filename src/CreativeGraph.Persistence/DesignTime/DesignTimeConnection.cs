namespace CreativeGraph.Persistence.DesignTime;

/// <summary>
/// The connection string `dotnet ef` works with: <c>--connection VALUE</c> after <c>--</c> on its command line, else the
/// environment's <c>ConnectionStrings__KnowledgeGraph</c> (the server's own setting), else the provider's default.
/// Only commands that touch a database (<c>database update</c>, <c>migrations list</c> without <c>--no-connect</c>) use it.
/// </summary>
internal static class DesignTimeConnection
{
    public const string Variable = "ConnectionStrings__KnowledgeGraph";

    public static string Resolve(string[] args, string fallback)
    {
        int index = Array.IndexOf(args, "--connection");
        if (index >= 0 && index + 1 < args.Length)
        {
            return args[index + 1];
        }

        return Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : fallback;
    }
}
