namespace CreativeGraph.Persistence.Tests.Fixtures;

/// <summary>Marks a test class that runs against PostgreSQL, so <see cref="DatabaseFactDiscoverer"/> can skip it locally.</summary>
public interface IPostgresTests;
