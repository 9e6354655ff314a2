using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// The JSON dialect of the data files: camelCase names, kebab-case enum values, unknown fields rejected. The members
/// of a file are the format's own sections plus one per declared section (<see cref="EntityDefinition.Import"/>) of
/// the entity types it is read with; any other member is an unknown field.
/// </summary>
internal static class KnowledgeGraphJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    // The dialect with the declared sections of a list of entity types, made once per list.
    private static readonly ConditionalWeakTable<IReadOnlyList<EntityDefinition>, JsonSerializerOptions> s_withSections = [];

    /// <summary>Reads a file with the declared sections of <see cref="StoredEntities.All"/>.</summary>
    /// <exception cref="KnowledgeGraphImportException">The text is not a valid data file.</exception>
    public static KnowledgeGraphDocument Parse(ImportFile file) => Parse(file, StoredEntities.All);

    /// <summary>Reads a file whose declared sections are those of <paramref name="entities"/>.</summary>
    /// <exception cref="KnowledgeGraphImportException">The text is not a valid data file.</exception>
    public static KnowledgeGraphDocument Parse(ImportFile file, IReadOnlyList<EntityDefinition> entities)
    {
        try
        {
            return JsonSerializer.Deserialize<KnowledgeGraphDocument>(file.Json, OptionsFor(entities))
                ?? throw new KnowledgeGraphImportException([$"{file.Name}: the file holds JSON null instead of an object."]);
        }
        catch (JsonException ex)
        {
            // ex.Path names the record and the field, e.g. "$.projects[2].startDate".
            string where = ex.Path is null ? "" : $" at {ex.Path}";
            string line = ex.LineNumber is long l ? $" (line {l + 1})" : "";
            throw new KnowledgeGraphImportException([$"{file.Name}{where}{line}: {ex.Message}"], ex);
        }
    }

    private static JsonSerializerOptions OptionsFor(IReadOnlyList<EntityDefinition> entities) =>
        !entities.Any(e => e.Import is not null) ? s_options
        : s_withSections.GetValue(entities, list => new JsonSerializerOptions(s_options)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { info => AddSections(info, list) } },
        });

    /// <summary>Adds to the document's members one per declared section, read as a list of its records into <see cref="KnowledgeGraphDocument.Declared"/>.</summary>
    private static void AddSections(JsonTypeInfo info, IReadOnlyList<EntityDefinition> entities)
    {
        if (info.Type != typeof(KnowledgeGraphDocument))
        {
            return;
        }

        foreach (EntityDefinition entity in entities)
        {
            if (entity.Import is not { } section)
            {
                continue;
            }

            if (info.Properties.Any(p => p.Name == section.Name))
            {
                throw new InvalidOperationException($"{entity.Name} declares the section '{section.Name}', which the data files already have.");
            }

            JsonPropertyInfo member = info.CreateJsonPropertyInfo(section.RecordsType, section.Name);
            member.Set = (document, records) => ((KnowledgeGraphDocument)document).Declared[entity] = (IList)records!;
            member.IsSetNullable = false;
            info.Properties.Add(member);
        }
    }
}
