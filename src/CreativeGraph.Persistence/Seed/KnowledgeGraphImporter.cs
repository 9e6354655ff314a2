using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// Loads data files into the graph. The seed on first start and the <c>import</c> command both come through
/// here: parse every file, validate the whole batch against itself and the database, then upsert it in one
/// transaction, with the search rows of every named entity it touches. A batch with any error is rejected before
/// the first write. The summary counts the graph's rows, not the derived search rows.
/// </summary>
public static class KnowledgeGraphImporter
{
    /// <exception cref="KnowledgeGraphImportException">A file is malformed or a record is invalid; nothing was written.</exception>
    public static Task<ImportSummary> ImportAsync(
        KnowledgeGraphDbContext db,
        IReadOnlyList<ImportFile> files,
        CancellationToken cancellationToken = default) =>
        ImportAsync(db, files, StoredEntities.All, cancellationToken);

    /// <summary>
    /// Imports <paramref name="files"/> into the entity types <paramref name="entities"/> declare (each after the
    /// ones it refers to): the sections of the files are the format's own plus those the declarations add.
    /// </summary>
    /// <exception cref="KnowledgeGraphImportException">A file is malformed or a record is invalid; nothing was written.</exception>
    public static async Task<ImportSummary> ImportAsync(
        KnowledgeGraphDbContext db,
        IReadOnlyList<ImportFile> files,
        IReadOnlyList<EntityDefinition> entities,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(entities);

        var parsed = files.Select(f => new ParsedFile(f.Name, KnowledgeGraphJson.Parse(f, entities))).ToList();

        db.ChangeTracker.Clear();
        GraphIndex index = await GraphIndex.LoadAsync(db, entities, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> errors = ImportValidator.Validate(parsed, index);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new KnowledgeGraphImportException(errors);
        }

        new ImportWriter(db, index).Write(parsed);
        db.ChangeTracker.DetectChanges();
        var summary = new ImportSummary(
            db.ChangeTracker.Entries().Count(e => e.State == EntityState.Added),
            db.ChangeTracker.Entries().Count(e => e.State == EntityState.Modified));
        if (summary.ChangedNothing)
        {
            return summary;
        }

        IReadOnlyList<(EntityDefinition, object)> touched = SearchTouches.Touched(db, index);

        IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

                // Saved first, so new entities have their keys; the search rows go in the same transaction.
                await SearchIndexWriter.UpdateAsync(db, touched, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return summary;
    }

    /// <inheritdoc cref="ImportAsync(KnowledgeGraphDbContext, IReadOnlyList{ImportFile}, CancellationToken)"/>
    public static async Task<ImportSummary> ImportFileAsync(
        KnowledgeGraphDbContext db,
        string path,
        CancellationToken cancellationToken = default)
    {
        ImportFile file = await ImportFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return await ImportAsync(db, [file], cancellationToken).ConfigureAwait(false);
    }
}
