using System.Globalization;
using System.Text;

namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// Prints syntax trees back to GraphQL source exactly as graphql-js <c>print</c> does, so that
/// parse → print → parse yields an equal tree (<see cref="SyntaxComparer"/>).
/// </summary>
public static partial class SyntaxPrinter
{
    private const int MaxLineLength = 80;

    /// <summary>Prints a node (a whole document, a definition, a selection, a value, a type…) as GraphQL source.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions.Select(Print), "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => PrintVariableDefinition(variable),
            SelectionSetNode selectionSet => Block(selectionSet.Selections.Select(Print)),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Directives(spread.Directives)),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", inline.TypeCondition is null ? null : Print(inline.TypeCondition)), Directives(inline.Directives), Print(inline.SelectionSet)],
                " "),
            FragmentDefinitionNode fragment => Description(fragment.Description)
                + "fragment " + fragment.Name.Value + " on " + Print(fragment.TypeCondition) + " "
                + Wrap(string.Empty, Directives(fragment.Directives), " ")
                + Print(fragment.SelectionSet),
            ValueNode value => PrintValue(value),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments.Select(Print), ", "), ")"),
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => "[" + Print(list.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            ObjectFieldNode objectField => objectField.Name.Value + ": " + Print(objectField.Value),
            _ => PrintTypeSystem(node),
        };
    }

    // OperationDefinition: an anonymous query without description, variables and directives prints as the
    // shorthand `{ … }`; variable definitions go on their own lines when one of them spans lines.
    private static string PrintOperation(OperationDefinitionNode operation)
    {
        string variables = PrintList(operation.VariableDefinitions.Select(Print).ToList());
        string prefix = Description(operation.Description) + Join(
            [OperationKeyword(operation.Operation), Join([operation.Name?.Value, variables], string.Empty), Directives(operation.Directives)],
            " ");
        string body = Print(operation.SelectionSet);
        return prefix == "query" ? body : prefix + " " + body;
    }

    private static string PrintVariableDefinition(VariableDefinitionNode variable) =>
        Description(variable.Description)
        + Print(variable.Variable) + ": " + Print(variable.Type)
        + Wrap(" = ", variable.DefaultValue is null ? null : Print(variable.DefaultValue))
        + Wrap(" ", Directives(variable.Directives));

    // graphql-js: `(a, b)`, or one item per line as soon as any item spans lines (a description).
    private static string PrintList(List<string> items) =>
        items.Any(item => item.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(items, "\n")), "\n)")
            : Wrap("(", Join(items, ", "), ")");

    // Field: arguments go on their own lines when the line would exceed 80 characters.
    private static string PrintField(FieldNode field)
    {
        string prefix = Wrap(string.Empty, field.Alias?.Value, ": ") + field.Name.Value;
        List<string> arguments = field.Arguments.Select(Print).ToList();
        string line = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (line.Length > MaxLineLength)
        {
            line = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([line, Directives(field.Directives), field.SelectionSet is null ? null : Print(field.SelectionSet)], " ");
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode number => number.Value,
        FloatValueNode number => number.Value,
        StringValueNode text => text.Block ? BlockString.Print(text.Value) : PrintString(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values.Select(Print), ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields.Select(Print), ", ") + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown value node."),
    };

    /// <summary>graphql-js printString: JSON-like quoting with C0/C1 controls as `\uXXXX`.</summary>
    internal static string PrintString(string value)
    {
        StringBuilder builder = new(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Description(StringValueNode? description) =>
        description is null ? string.Empty : Print(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    // graphql-js join: skips empty parts.
    private static string Join(IEnumerable<string?> parts, string separator) =>
        string.Join(separator, parts.Where(part => !string.IsNullOrEmpty(part)));

    // graphql-js block: `{`, the items indented one per line, `}`; nothing when there are no items.
    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));
}
