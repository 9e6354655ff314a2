using CreativeGraph.GraphQL.TypeSystem;
using PublicApiGenerator;

namespace CreativeGraph.GraphQL.Tests;

/// <summary>
/// The engine's public surface is a decision (nothing becomes public by accident): PublicApiGenerator renders every
/// public type and member of CreativeGraph.GraphQL as C# declarations, compared with <c>PublicApi.approved.txt</c>.
/// On a mismatch the rendering is written to <c>PublicApi.received.txt</c> beside it and the failure lists the lines
/// that differ; review them and copy the received file over the approved one.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_surface_matches_the_approved_list()
    {
        string received = typeof(Schema).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n") + "\n";
        string folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..");
        string approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved == received)
        {
            return;
        }

        File.WriteAllText(Path.Combine(folder, "PublicApi.received.txt"), received);
        Assert.Fail("The public API changed (PublicApi.received.txt):\n" + LineDiff(approved, received));
    }

    // The lines only one side has, in order ("-" approved, "+" received); enough to see what changed.
    private static string LineDiff(string approved, string received)
    {
        string[] before = approved.Split('\n');
        string[] after = received.Split('\n');
        HashSet<string> inBefore = [.. before];
        HashSet<string> inAfter = [.. after];
        IEnumerable<string> removed = before.Where(line => !inAfter.Contains(line)).Select(line => "- " + line);
        IEnumerable<string> added = after.Where(line => !inBefore.Contains(line)).Select(line => "+ " + line);
        return string.Join('\n', removed.Concat(added));
    }
}
