using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Reads the constant arguments of directives applied in a schema (their types were checked by schema validation),
/// and finds which directives a schema's types apply.
/// </summary>
internal static class DirectiveArguments
{
    public static ValueNode? Value(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    public static int? Int(DirectiveNode directive, string name) =>
        Value(directive, name) is IntValueNode i && int.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>A <c>[String!]</c> argument; null when absent. Input coercion of a list type (spec #sec-List.Input-Coercion): a single value is a list of one.</summary>
    public static string[]? StringList(DirectiveNode directive, string name) => Value(directive, name) switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode single => [single.Value],
        _ => null,
    };

    /// <summary>The names of the directives applied anywhere in <paramref name="types"/> (types, fields, arguments, input fields, enum values).</summary>
    public static HashSet<string> AppliedNames(IEnumerable<TypeConfig> types)
    {
        HashSet<string> used = new(StringComparer.Ordinal);
        foreach (TypeConfig type in types)
        {
            IEnumerable<DirectiveConfig> applied = type.Directives
                .Concat(type.Fields.SelectMany(f => f.Directives.Concat(f.Arguments.SelectMany(a => a.Directives))))
                .Concat(type.InputFields.SelectMany(f => f.Directives))
                .Concat(type.Values.SelectMany(v => v.Directives));
            used.UnionWith(applied.Select(d => d.DirectiveName));
        }

        return used;
    }
}
