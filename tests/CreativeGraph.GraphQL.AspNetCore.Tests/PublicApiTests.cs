using System.Reflection;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// The public surface is a decision (nothing becomes public by accident): every public type and member of the HTTP project is listed in
/// <c>PublicApi.approved.txt</c>, so any change shows up in the diff. On a mismatch the actual list is written to
/// <c>PublicApi.received.txt</c> beside it; review it and copy it over the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_surface_matches_the_approved_list()
    {
        string received = string.Join('\n', Describe(typeof(GraphQLEndpointExtensions).Assembly)) + "\n";
        string folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..");
        string approved = File.ReadAllText(Path.Combine(folder, "PublicApi.approved.txt"));
        if (approved != received)
        {
            File.WriteAllText(Path.Combine(folder, "PublicApi.received.txt"), received);
        }

        Assert.Equal(approved, received);
    }

    private static IEnumerable<string> Describe(Assembly assembly)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            yield return type.FullName!;
            IEnumerable<string> members = type.GetMembers(Declared)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .Select(m => "  " + m.MemberType + " " + m);
            foreach (string member in members.OrderBy(m => m, StringComparer.Ordinal))
            {
                yield return member;
            }
        }
    }
}
