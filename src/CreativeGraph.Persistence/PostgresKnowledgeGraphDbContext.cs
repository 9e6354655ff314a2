using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence;

/// <summary>The knowledge graph on PostgreSQL; migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresKnowledgeGraphDbContext(DbContextOptions<PostgresKnowledgeGraphDbContext> options)
    : KnowledgeGraphDbContext(options);
