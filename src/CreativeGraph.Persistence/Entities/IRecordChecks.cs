using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Entities;

/// <summary>
/// The checks a declared section (<see cref="ImportSection"/>) runs on one of its records, reported at the record's
/// location with the same wording as the format's own sections
/// ("extra.json: festivals[1] (festival 'x'): field 'network': no network 'y' exists …").
/// </summary>
internal interface IRecordChecks
{
    /// <summary>Reports <paramref name="problem"/> with <paramref name="field"/> of the record.</summary>
    void Fail(string field, string problem);

    /// <summary>A reference by natural key to an entity stored or defined in the batch (nothing to check when null).</summary>
    void Reference(string field, string? key, EntityDefinition entity);

    /// <summary>Text that is not blank and not longer than the column (nothing to check when null).</summary>
    void Text(string field, string? value, int maxLength = ModelConventions.NameLength);

    void Slug(string field, string value);

    void Range(string field, double? value, double min, double max);

    void Language(string field, string? value);

    void Website(string field, string? value);

    void Dates(string field, DateOnly? start, DateOnly? end);

    /// <summary>A key other than the record's natural key that must be unique in the batch, e.g. a festival's (network, year).</summary>
    void Unique(string kind, string field, string key);
}
