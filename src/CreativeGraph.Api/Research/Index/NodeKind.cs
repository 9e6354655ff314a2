namespace CreativeGraph.Api.Research.Index;

/// <summary>The entity types the traversals visit; the names are the GraphQL type names (and the EF entity names).</summary>
internal enum NodeKind : byte
{
    Country,
    Region,
    City,
    Partner,
    Person,
    Project,
    Programme,
    Network,
    Forum,
    Event,
    Sector,
}
