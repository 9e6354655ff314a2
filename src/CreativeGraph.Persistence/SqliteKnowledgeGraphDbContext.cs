using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence;

/// <summary>The knowledge graph on SQLite; migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteKnowledgeGraphDbContext(DbContextOptions<SqliteKnowledgeGraphDbContext> options)
    : KnowledgeGraphDbContext(options);
