namespace CreativeGraph.Api.Commands;

/// <summary>
/// Splits a command's own options from the configuration overrides the host reads (<c>--Section:Key=value</c>):
/// the command-line configuration provider must not see <c>--partners 100</c> or a file path.
/// </summary>
internal static class CommandArguments
{
    /// <summary>Everything after <c>args[0]</c> but the options that take a value (and their values) and the flags.</summary>
    public static string[] HostArguments(string[] args, Func<string, bool> takesValue, Func<string, bool>? isFlag = null)
    {
        var host = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (takesValue(args[i]))
            {
                i++;
            }
            else if (isFlag?.Invoke(args[i]) != true)
            {
                host.Add(args[i]);
            }
        }

        return [.. host];
    }
}
