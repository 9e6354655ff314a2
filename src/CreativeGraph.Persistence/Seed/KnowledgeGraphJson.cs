using System.Text.Json;
using System.Text.Json.Serialization;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

/// <summary>The JSON dialect of the data files: camelCase names, kebab-case enum values, unknown fields rejected.</summary>
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

    /// <exception cref="KnowledgeGraphImportException">The text is not a valid data file.</exception>
    public static KnowledgeGraphDocument Parse(ImportFile file)
    {
        try
        {
            return JsonSerializer.Deserialize<KnowledgeGraphDocument>(file.Json, s_options)
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
}
