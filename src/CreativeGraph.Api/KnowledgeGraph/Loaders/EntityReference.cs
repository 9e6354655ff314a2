namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>The natural key of any entity or edge, as provenance and alternative names record it.</summary>
internal readonly record struct EntityReference(string Type, string Key);
