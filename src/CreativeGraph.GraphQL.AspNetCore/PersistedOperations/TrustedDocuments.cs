using Microsoft.Extensions.Options;

namespace CreativeGraph.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// The trusted documents: every <c>*.graphql</c> file of the configured folders, read once at start and registered
/// under the SHA-256 of its text (<see cref="DocumentHash"/>).
/// </summary>
internal sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);

    public TrustedDocuments(IOptions<PersistedOperationOptions> options)
    {
        bool configured = options.Value.Directories.Count > 0;
        IEnumerable<string> folders = configured ? options.Value.Directories : [PersistedOperationOptions.DefaultDirectory];
        foreach (string folder in folders)
        {
            string path = Path.GetFullPath(folder, Directory.GetCurrentDirectory());
            if (!Directory.Exists(path))
            {
                if (configured)
                {
                    throw new InvalidOperationException($"The trusted-documents folder \"{folder}\" (GraphQL:PersistedOperations:Directories) does not exist.");
                }

                continue;
            }

            foreach (string file in Directory.EnumerateFiles(path, "*.graphql").Order(StringComparer.Ordinal))
            {
                string document = File.ReadAllText(file);
                _documents[DocumentHash.Of(document)] = document;
            }
        }
    }

    public int Count => _documents.Count;

    public bool TryGet(string hash, out string document) => _documents.TryGetValue(hash, out document!);

    public bool Contains(string hash) => _documents.ContainsKey(hash);
}
