using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// Imports a keep.eu-style table of projects and partners (one participation per row) into the graph, all or
/// nothing: the file is read and every row checked and matched before the first write, and the new rows go in in one
/// transaction as multi-row inserts (<see cref="BulkInserter"/>), with their citations of the file's source and their
/// search rows. A rejected row stops the import unless <paramref name="lenient"/> is set, in which case the other rows
/// are written and the rejected ones reported.
/// </summary>
public static class KeepEuCsvImporter
{
    /// <exception cref="KnowledgeGraphImportException">The file as a whole cannot be read (binary, not UTF-8, broken quoting, a missing column); nothing was written.</exception>
    public static async Task<CsvImportReport> ImportFileAsync(KnowledgeGraphDbContext db, string path, bool lenient = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        IReadOnlyList<KeepEuRow> rows = await KeepEuCsvReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return await ImportAsync(db, Path.GetFileName(path), rows, lenient, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc cref="ImportFileAsync"/>
    public static async Task<CsvImportReport> ImportAsync(
        KnowledgeGraphDbContext db,
        string fileName,
        IReadOnlyList<KeepEuRow> rows,
        bool lenient = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);

        return await BulkWriteSession.RunAsync(db, async transaction =>
        {
            StoredGraph stored = await StoredGraph.LoadAsync(db, fileName, cancellationToken).ConfigureAwait(false);
            (List<KeepEuParticipation> accepted, List<RejectedRow> rejected) = KeepEuRowValidator.Validate(rows, stored.Countries);
            KeepEuImportPlan plan = KeepEuImportPlanner.Plan(stored, fileName, accepted);
            bool write = rejected.Count == 0 || lenient;
            if (write)
            {
                await WriteAsync(db, transaction, plan, stored, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return new CsvImportReport(plan.Source.Slug, rows.Count, plan.Counts(), rejected, write, write ? plan.FactSources.Count : 0);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(KnowledgeGraphDbContext db, IDbContextTransaction transaction, KeepEuImportPlan plan, StoredGraph stored, CancellationToken cancellationToken)
    {
        // The plan holds final keys; only the search rows are numbered from 1 and shifted past the stored ones.
        var keys = new KeyMap();
        keys.SetOffset(typeof(SearchName), stored.MaxIds[typeof(SearchName)]);
        var insert = new BulkInserter(db, transaction.GetDbTransaction(), keys);
        if (plan.SourceIsNew)
        {
            await insert.InsertAsync([plan.Source], null, cancellationToken).ConfigureAwait(false);
        }

        await insert.InsertAsync(plan.Countries, null, cancellationToken).ConfigureAwait(false);
        await insert.InsertAsync(plan.Regions, null, cancellationToken).ConfigureAwait(false);
        await insert.InsertAsync(plan.Cities, null, cancellationToken).ConfigureAwait(false);
        await insert.InsertAsync(plan.Programmes, null, cancellationToken).ConfigureAwait(false);
        await insert.InsertAsync(plan.Projects, null, cancellationToken).ConfigureAwait(false);
        await insert.InsertAsync(plan.Partners, null, cancellationToken).ConfigureAwait(false);
        await insert.InsertAsync(plan.Participations, null, cancellationToken).ConfigureAwait(false);
        await insert.InsertAsync(plan.FactSources, null, cancellationToken).ConfigureAwait(false);
        await insert.InsertAsync(SearchIndexWriter.RowsOf(plan.Named(), (_, id) => id), null, cancellationToken).ConfigureAwait(false);
        if (db.Database.IsNpgsql())
        {
            await IdentityKeys.ResetAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }
}
