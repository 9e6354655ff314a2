using System.Collections;
using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Persistence.Seed;

internal sealed partial class ImportValidator
{
    /// <summary>
    /// A declared section's records, checked as the format's own are: the key a slug and unique in the batch, the
    /// section's own checks, the alternative names, at least one cited source that exists. Errors name the entity
    /// type in lower case ("festivals[2] (festival 'x')").
    /// </summary>
    private void ValidateDeclared(string file, ImportSection section, IList records)
    {
        string kind = section.EntityType.Name.ToLowerInvariant();
        for (int i = 0; i < records.Count; i++)
        {
            object record = records[i]!;
            string key = section.KeyOf(record);
            var at = new RecordLocation(file, $"{section.Name}[{i}]", $"{kind} '{key}'");
            Slug(at, section.KeyField, key);
            Unique(at, kind, section.KeyField, key);
            section.Validate(new RecordChecks(this, at), record);
            Names(at, section.NamesOf(record));
            Sources(at, section.SourcesOf(record));
        }
    }
}
