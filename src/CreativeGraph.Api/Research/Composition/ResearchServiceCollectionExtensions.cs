using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Timeline;
using CreativeGraph.Api.Research.Traversal;

namespace CreativeGraph.Api.Research.Composition;

/// <summary>The services of the research traversals and the network export.</summary>
internal static class ResearchServiceCollectionExtensions
{
    /// <summary>Registers the adjacency index (one per process), the traversals and their <c>Research</c> options.</summary>
    public static IServiceCollection AddResearch(this IServiceCollection services, IConfiguration configuration)
    {
        ResearchOptions options = configuration.GetSection(ResearchOptions.Section).Get<ResearchOptions>() ?? new ResearchOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AdjacencyIndexProvider>();
        services.AddSingleton<ResearchGraph>();
        services.AddSingleton<NetworkAnalyses>();
        services.AddSingleton<NetworkTimelines>();
        return services;
    }
}
