using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreativeGraph.Api.Authentication;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>apikey create --name NAME [--role ROLE]…</c>: issues an API key. Prints the new random key once (it is never
/// stored) and the configuration entry that holds only its SHA-256, as JSON and as environment variables. Give the
/// key to its holder, add the entry to the server's configuration, restart. Exit codes: 0 issued, 2 usage error.
/// </summary>
internal static partial class ApiKeyCommand
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public static Command Create()
    {
        Option<string> name = new("--name")
        {
            Description = "The key's name in the configuration: letters, digits, '-', '_' or '.', at most 64 (e.g. research-team)",
            Required = true,
        };
        name.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !ValidName().IsMatch(value))
            {
                result.AddError($"--name '{value}' is not a valid key name: letters, digits, '-', '_' or '.', at most 64, starting with a letter or digit.");
            }
        });
        Option<string[]> roles = new("--role")
        {
            Description = $"A right the key grants, e.g. {KnowledgeGraphAuthentication.PersonalDataRight} (contact details); repeat for more",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Command create = new("create", "Issue a new API key and print its configuration entry") { name, roles };
        create.SetAction(parseResult => RunAsync(
            parseResult.GetRequiredValue(name),
            parseResult.GetValue(roles) ?? [],
            parseResult.InvocationConfiguration.Output));
        return new Command("apikey", "Manage API keys") { create };
    }

    public static async Task<int> RunAsync(string name, IReadOnlyList<string> roles, TextWriter output)
    {
        string key = ApiKey.Generate();
        string hash = ApiKey.HashHex(key);
        string entry = JsonSerializer.Serialize(
            new Dictionary<string, object> { ["Authentication"] = new { ApiKeys = new Dictionary<string, object> { [name] = new { Hash = hash, Roles = roles } } } },
            s_indented);

        await output.WriteLineAsync($"""
            New API key "{name}". It is shown only now: hand it to its holder and keep it as a secret.

              {key}

            Send it as `X-Api-Key: <key>` or `Authorization: ApiKey <key>`. The server keeps only its SHA-256;
            add this to its configuration (appsettings.json, or a secret store) and restart it:

            {entry}

            or as environment variables:

              Authentication__ApiKeys__{name}__Hash={hash}
            """).ConfigureAwait(false);
        for (int i = 0; i < roles.Count; i++)
        {
            await output.WriteLineAsync($"  Authentication__ApiKeys__{name}__Roles__{i}={roles[i]}").ConfigureAwait(false);
        }

        if (name.Contains('-', StringComparison.Ordinal) || name.Contains('.', StringComparison.Ordinal))
        {
            await output.WriteLineAsync("\nA shell cannot `export` a variable whose name holds '-' or '.': give these with `env` or `docker run -e`, or choose a name of letters, digits and '_'.").ConfigureAwait(false);
        }

        if (roles.Count == 0)
        {
            await output.WriteLineAsync($"\nThe key grants no right: add --role {KnowledgeGraphAuthentication.PersonalDataRight} for contact details.").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ValidName();
}
