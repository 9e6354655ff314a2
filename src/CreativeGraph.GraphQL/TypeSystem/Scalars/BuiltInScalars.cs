namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The scalars every schema knows: the five the spec defines (#sec-Scalars.Built-in-Scalars) and the
/// HotChocolate scalars our API uses (DateTime, Date, Decimal, Long, URL, UUID). A schema holds only the
/// ones it references (spec: an unreferenced built-in scalar must not be included).
/// </summary>
public static class BuiltInScalars
{
    private static readonly Dictionary<string, Func<ScalarType>> s_extended = new(StringComparer.Ordinal)
    {
        ["DateTime"] = static () => new DateTimeType(),
        ["Date"] = static () => new DateType(),
        ["Decimal"] = static () => new DecimalType(),
        ["Long"] = static () => new LongType(),
        ["URL"] = static () => new UrlType(),
        ["UUID"] = static () => new UuidType(),
    };

    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType String { get; } = new StringType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    public static ScalarType DateTime { get; } = new DateTimeType();

    public static ScalarType Date { get; } = new DateType();

    public static ScalarType Decimal { get; } = new DecimalType();

    public static ScalarType Long { get; } = new LongType();

    public static ScalarType Url { get; } = new UrlType();

    public static ScalarType Uuid { get; } = new UuidType();

    /// <summary>True for Int, Float, String, Boolean and ID, which SDL never prints.</summary>
    public static bool IsSpecified(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    /// <summary>The shared instance of a built-in scalar by name (spec or HotChocolate scalar).</summary>
    public static ScalarType? Get(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        "DateTime" => DateTime,
        "Date" => Date,
        "Decimal" => Decimal,
        "Long" => Long,
        "URL" => Url,
        "UUID" => Uuid,
        _ => null,
    };

    /// <summary>A fresh instance of a HotChocolate scalar, for a schema that declares it with its own description or directives.</summary>
    internal static ScalarType? CreateExtended(string name) => s_extended.TryGetValue(name, out Func<ScalarType>? create) ? create() : null;
}
