using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed;

/// <summary>The validator's checks at one record of a declared section, for the section's own checks.</summary>
internal readonly struct RecordChecks(ImportValidator validator, RecordLocation at) : IRecordChecks
{
    public void Fail(string field, string problem) => validator.Fail(at, field, problem);

    public void Reference(string field, string? key, EntityDefinition entity) => validator.Reference(at, field, key, entity);

    public void Text(string field, string? value, int maxLength = ModelConventions.NameLength) => validator.Text(at, field, value, maxLength);

    public void Slug(string field, string value) => validator.Slug(at, field, value);

    public void Range(string field, double? value, double min, double max) => validator.Range(at, field, value, min, max);

    public void Language(string field, string? value) => validator.Language(at, field, value);

    public void Website(string field, string? value) => validator.Website(at, field, value);

    public void Dates(string field, DateOnly? start, DateOnly? end) => validator.Dates(at, field, start, end);

    public void Unique(string kind, string field, string key) => validator.Unique(at, kind, field, key);
}
