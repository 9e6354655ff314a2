using System.Collections;
using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Persistence.Seed;

internal sealed partial class ImportWriter
{
    /// <summary>
    /// Upserts a declared section's records: each matched to a stored row by natural key (a new row added when there
    /// is none), its fields set by the section, then cited and named as the format's own records are.
    /// </summary>
    private void WriteDeclared(EntityDefinition entity, ImportSection section, IList records)
    {
        IDictionary rows = index.Rows(entity);
        foreach (object record in records)
        {
            string key = section.KeyOf(record);
            object? row = rows[key];
            if (row is null)
            {
                row = section.Create(record);
                rows.Add(key, row);
                db.Add(row);
            }

            section.Update(record, row, index);
            if (entity.KeyOf(row) != key)
            {
                throw new InvalidOperationException($"The section '{section.Name}' wrote {entity.Name} '{entity.KeyOf(row)}' for the record '{key}'.");
            }

            Name(entity.Name, key, section.NamesOf(record));
            Cite(entity.Name, key, section.SourcesOf(record));
        }
    }
}
