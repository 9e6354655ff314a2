using System.Security.Cryptography;
using System.Text;

namespace CreativeGraph.GraphQL.Execution.Diagnostics;

/// <summary>
/// A document's identity: the SHA-256 of its UTF-8 text as 64 lower-case hex digits (Apollo's <c>sha256Hash</c>,
/// HotChocolate's and the persisted-documents id), so a trace or a log line names the trusted document it ran.
/// </summary>
public static class DocumentHashes
{
    public static string Sha256(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
