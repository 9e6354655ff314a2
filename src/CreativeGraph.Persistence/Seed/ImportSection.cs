using System.Collections;
using System.Linq.Expressions;
using System.Text.Json;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// A section of the JSON data files that an entity declaration brings with it
/// (<see cref="EntityDefinition.Import"/>): a list of records under one name, read, checked and upserted by the
/// importer as it does the format's own sections, after them and in the order of the declarations. A file may only
/// hold the sections of the declarations it is read with; any other name stays an unknown field.
/// </summary>
internal abstract class ImportSection(string name)
{
    /// <summary>The section's name in a data file, e.g. <c>festivals</c>.</summary>
    public string Name => name;

    /// <summary>The entity type whose records the section holds.</summary>
    public abstract Type EntityType { get; }

    /// <summary>The CLR type the section is read as: a list of its record type.</summary>
    public abstract Type RecordsType { get; }

    /// <summary>The natural key of each record: what references in the batch may name.</summary>
    public abstract IEnumerable<string> KeysOf(IList records);

    /// <summary>Checks the records of the section in <paramref name="file"/>, reporting to <paramref name="validator"/>.</summary>
    public abstract void Validate(ImportValidator validator, string file, IList records);

    /// <summary>Upserts the (validated) records of <paramref name="entity"/>'s section through <paramref name="writer"/>.</summary>
    public abstract void Write(ImportWriter writer, EntityDefinition entity, IList records);
}

/// <summary>
/// The section of <typeparamref name="T"/>'s records, each a <typeparamref name="TRecord"/> (read in the data files'
/// JSON dialect: a <c>required</c> property is a required field, an unknown field is an error). What every section
/// does is done here: the key is checked as a slug and for duplicates in the batch, the record must cite a source
/// that exists, its alternative names are checked, and writing matches the record to a stored row by natural key,
/// then adds the citations and names. The declaration adds only what is the entity's own.
/// </summary>
/// <param name="name">The section's name in a data file.</param>
/// <param name="key">The record's natural key, a property of the record (its camel-case name is the field errors name).</param>
/// <param name="sources">The source slugs the record cites.</param>
/// <param name="validate">The record's own checks, e.g. references by natural key, text lengths, ranges.</param>
/// <param name="create">A new row for a record whose key is not stored, with the fields the type requires.</param>
/// <param name="update">Sets the row's fields from the record (for new and stored rows alike), resolving references through the index.</param>
/// <param name="names">The record's alternative names, when it has any.</param>
internal sealed class ImportSection<T, TRecord>(
    string name,
    Expression<Func<TRecord, string>> key,
    Func<TRecord, IReadOnlyList<string>> sources,
    Action<RecordChecks, TRecord> validate,
    Func<TRecord, T> create,
    Action<TRecord, T, GraphIndex> update,
    Func<TRecord, IReadOnlyList<NameRecord>>? names = null) : ImportSection(name)
    where T : class
{
    private readonly Func<TRecord, string> _key = key.Compile();

    private readonly string _keyField = key.Body is MemberExpression { Expression: ParameterExpression } member
        ? JsonNamingPolicy.CamelCase.ConvertName(member.Member.Name)
        : throw new ArgumentException("The key of a section's record must be one of its properties.", nameof(key));

    // How errors name the entity type, as the format's own sections do: "festival 'x'".
    private static readonly string s_kind = typeof(T).Name.ToLowerInvariant();

    public override Type EntityType => typeof(T);

    public override Type RecordsType => typeof(IReadOnlyList<TRecord>);

    public override IEnumerable<string> KeysOf(IList records) => records.Cast<TRecord>().Select(_key);

    public override void Validate(ImportValidator validator, string file, IList records)
    {
        for (int i = 0; i < records.Count; i++)
        {
            var record = (TRecord)records[i]!;
            string recordKey = _key(record);
            var at = new RecordLocation(file, $"{Name}[{i}]", $"{s_kind} '{recordKey}'");
            validator.Slug(at, _keyField, recordKey);
            validator.Unique(at, s_kind, _keyField, recordKey);
            validate(new RecordChecks(validator, at), record);
            validator.Names(at, names?.Invoke(record) ?? []);
            validator.Sources(at, sources(record));
        }
    }

    public override void Write(ImportWriter writer, EntityDefinition entity, IList records)
    {
        var definition = (EntityDefinition<T>)entity;
        foreach (TRecord record in records)
        {
            string recordKey = _key(record);
            T row = writer.GetOrAdd(definition, recordKey, () => create(record));
            update(record, row, writer.Index);
            if (definition.KeyOf(row) != recordKey)
            {
                throw new InvalidOperationException($"The section '{Name}' wrote {entity.Name} '{definition.KeyOf(row)}' for the record '{recordKey}'.");
            }

            writer.Name(definition, row, names?.Invoke(record) ?? []);
            writer.Cite(definition, row, sources(record));
        }
    }
}
