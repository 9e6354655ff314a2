using System.Diagnostics.CodeAnalysis;

namespace CreativeGraph.Data.Expressions;

/// <summary>The GraphQL scalar (and HotChocolate operation filter input) each filterable CLR type maps to.</summary>
internal static class ScalarKinds
{
    private static readonly Dictionary<Type, (string Scalar, string Operations)> s_kinds = new()
    {
        [typeof(string)] = ("String", "StringOperationFilterInput"),
        [typeof(bool)] = ("Boolean", "BooleanOperationFilterInput"),
        [typeof(int)] = ("Int", "IntOperationFilterInput"),
        [typeof(short)] = ("Int", "IntOperationFilterInput"),
        [typeof(byte)] = ("Int", "IntOperationFilterInput"),
        [typeof(long)] = ("Long", "LongOperationFilterInput"),
        [typeof(decimal)] = ("Decimal", "DecimalOperationFilterInput"),
        [typeof(double)] = ("Float", "FloatOperationFilterInput"),
        [typeof(float)] = ("Float", "FloatOperationFilterInput"),
        [typeof(DateTimeOffset)] = ("DateTime", "DateTimeOperationFilterInput"),
        [typeof(DateTime)] = ("DateTime", "DateTimeOperationFilterInput"),
        [typeof(DateOnly)] = ("Date", "DateOperationFilterInput"),
        [typeof(Guid)] = ("UUID", "UuidOperationFilterInput"),
    };

    /// <summary>Scalar name and operation input name; enums map to themselves and <c>&lt;Enum&gt;OperationFilterInput</c>.</summary>
    public static bool TryGet(Type type, [NotNullWhen(true)] out (string Scalar, string Operations)? kind)
    {
        if (type.IsEnum)
        {
            kind = (type.Name, type.Name + "OperationFilterInput");
            return true;
        }

        if (s_kinds.TryGetValue(type, out (string Scalar, string Operations) found))
        {
            kind = found;
            return true;
        }

        kind = null;
        return false;
    }

    /// <summary>Converts a coerced GraphQL value (int for Int, DateTimeOffset for DateTime…) to the member's CLR type.</summary>
    public static object? ToClr(object? value, Type type) => value switch
    {
        null => null,
        _ when type.IsInstanceOfType(value) => value,
        DateTimeOffset dto when type == typeof(DateTime) => dto.UtcDateTime,
        _ when type.IsEnum => Enum.ToObject(type, value),
        _ => Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture),
    };
}
