using System.Globalization;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>Converts coerced argument values (object?[] lists, dictionaries, primitives) to the CLR type a resolver asks for.</summary>
internal static class ArgumentConversion
{
    public static T? Convert<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case object?[] items when typeof(T) == typeof(List<string>):
                return (T)(object)items.Select(i => (string)i!).ToList();
            case object?[] items when typeof(T) == typeof(string[]):
                return (T)(object)items.Select(i => (string)i!).ToArray();
            case object?[] items when typeof(T) == typeof(int[]):
                return (T)(object)items.Select(i => System.Convert.ToInt32(i, CultureInfo.InvariantCulture)).ToArray();
            case object?[] items when typeof(T) == typeof(List<int>):
                return (T)(object)items.Select(i => System.Convert.ToInt32(i, CultureInfo.InvariantCulture)).ToList();
            case IConvertible when Nullable.GetUnderlyingType(typeof(T)) is { } underlying && underlying.IsEnum:
                return (T)Enum.ToObject(underlying, value);
            case IConvertible when typeof(T).IsEnum:
                return (T)Enum.ToObject(typeof(T), value);
            case IConvertible:
                return (T)System.Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
            default:
                return (T)value;
        }
    }
}
