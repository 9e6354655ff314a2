namespace CreativeGraph.Api.Research;

/// <summary>HotChocolate's enum value names, as <c>AddEnumType</c> gives them: <c>LocatedIn</c> → <c>LOCATED_IN</c>.</summary>
internal static class EnumNames
{
    public static string Of(Enum value) => Of(value.ToString());

    public static string Of(string name) =>
        string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : char.ToUpperInvariant(ch).ToString()));
}
