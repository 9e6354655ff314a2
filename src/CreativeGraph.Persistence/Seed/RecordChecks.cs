using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// The checks a declared section (<see cref="ImportSection"/>) runs on one of its records: the validator's own,
/// reported at the record's location with the same wording as the format's sections
/// ("extra.json: festivals[1] (festival 'x'): field 'network': no network 'y' exists …").
/// </summary>
internal readonly struct RecordChecks(ImportValidator validator, RecordLocation at)
{
    /// <summary>Reports <paramref name="problem"/> with <paramref name="field"/> of the record.</summary>
    public void Fail(string field, string problem) => validator.Fail(at, field, problem);

    /// <summary>A reference by natural key to an entity stored or defined in the batch (nothing to check when null).</summary>
    public void Reference(string field, string? key, EntityDefinition entity) => validator.Reference(at, field, key, entity);

    /// <summary>Text that is not blank and not longer than the column (nothing to check when null).</summary>
    public void Text(string field, string? value, int maxLength = ModelConventions.NameLength) => validator.Text(at, field, value, maxLength);

    public void Slug(string field, string value) => validator.Slug(at, field, value);

    public void Range(string field, double? value, double min, double max) => validator.Range(at, field, value, min, max);

    public void Language(string field, string? value) => validator.Language(at, field, value);

    public void Website(string field, string? value) => validator.Website(at, field, value);

    public void Dates(string field, DateOnly? start, DateOnly? end) => validator.Dates(at, field, start, end);

    /// <summary>A key other than the record's natural key that must be unique in the batch, e.g. an edition's (network, year).</summary>
    public void Unique(string kind, string field, string key) => validator.Unique(at, kind, field, key);
}
