using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

internal sealed record ParsedFile(string Name, KnowledgeGraphDocument Document);
