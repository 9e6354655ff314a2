using System.Collections;
using System.Linq.Expressions;
using System.Text.Json;

namespace CreativeGraph.Persistence.Entities;

/// <summary>
/// A section of the JSON data files that an entity declaration brings with it (<see cref="EntityDefinition.Import"/>):
/// a list of records under one name. The importer (<c>Seed/</c>) reads, checks and upserts it as it does the format's
/// own sections, after them and in the order of the declarations; what every section does (the key a unique slug,
/// at least one cited source that exists, alternative names, matching a stored row by natural key, citing and
/// naming it) is the importer's, and the declaration adds only what is the entity's own. A file may only hold the
/// sections of the declarations it is read with; any other name stays an unknown field.
/// </summary>
internal abstract class ImportSection(string name)
{
    /// <summary>The section's name in a data file, e.g. <c>festivals</c>.</summary>
    public string Name => name;

    /// <summary>The entity type whose records the section holds.</summary>
    public abstract Type EntityType { get; }

    /// <summary>The CLR type the section is read as: a list of its record type.</summary>
    public abstract Type RecordsType { get; }

    /// <summary>The record field that holds the natural key, as errors name it (<c>slug</c>).</summary>
    public abstract string KeyField { get; }

    /// <summary>The natural key of each record: what references in the batch may name.</summary>
    public IEnumerable<string> KeysOf(IList records) => records.Cast<object>().Select(KeyOf);

    public abstract string KeyOf(object record);

    public abstract IReadOnlyList<string> SourcesOf(object record);

    public abstract IReadOnlyList<IAlternativeName> NamesOf(object record);

    /// <summary>The record's own checks (references, texts, ranges), reported through <paramref name="checks"/>.</summary>
    public abstract void Validate(IRecordChecks checks, object record);

    /// <summary>A new row for a record whose key is not stored.</summary>
    public abstract object Create(object record);

    /// <summary>Sets the row's fields from the (validated) record, resolving references through <paramref name="rows"/>.</summary>
    public abstract void Update(object record, object row, IEntityLookup rows);
}

/// <summary>The section of <typeparamref name="T"/>'s records, each a <typeparamref name="TRecord"/>.</summary>
/// <remarks>
/// The record is read in the data files' JSON dialect: a <c>required</c> property is a required field, an unknown
/// field is an error, enum values are kebab-case.
/// </remarks>
/// <param name="name">The section's name in a data file.</param>
/// <param name="key">The record's natural key, a property of the record (its camel-case name is the field errors name).</param>
/// <param name="sources">The source slugs the record cites.</param>
/// <param name="validate">The record's own checks, e.g. references by natural key, text lengths, ranges.</param>
/// <param name="create">A new row for a record whose key is not stored, with the fields the type requires.</param>
/// <param name="update">Sets the row's fields from the record (for new and stored rows alike), resolving references by natural key.</param>
/// <param name="names">The record's alternative names, when it has any.</param>
internal sealed class ImportSection<T, TRecord>(
    string name,
    Expression<Func<TRecord, string>> key,
    Func<TRecord, IReadOnlyList<string>> sources,
    Action<IRecordChecks, TRecord> validate,
    Func<TRecord, T> create,
    Action<TRecord, T, IEntityLookup> update,
    Func<TRecord, IReadOnlyList<IAlternativeName>>? names = null) : ImportSection(name)
    where T : class
{
    private readonly Func<TRecord, string> _key = key.Compile();

    private readonly string _keyField = key.Body is MemberExpression { Expression: ParameterExpression } member
        ? JsonNamingPolicy.CamelCase.ConvertName(member.Member.Name)
        : throw new ArgumentException("The key of a section's record must be one of its properties.", nameof(key));

    public override Type EntityType => typeof(T);

    public override Type RecordsType => typeof(IReadOnlyList<TRecord>);

    public override string KeyField => _keyField;

    public override string KeyOf(object record) => _key((TRecord)record);

    public override IReadOnlyList<string> SourcesOf(object record) => sources((TRecord)record);

    public override IReadOnlyList<IAlternativeName> NamesOf(object record) => names?.Invoke((TRecord)record) ?? [];

    public override void Validate(IRecordChecks checks, object record) => validate(checks, (TRecord)record);

    public override object Create(object record) => create((TRecord)record);

    public override void Update(object record, object row, IEntityLookup rows) => update((TRecord)record, (T)row, rows);
}
