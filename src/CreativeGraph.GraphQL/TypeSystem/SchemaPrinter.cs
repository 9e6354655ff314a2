using CreativeGraph.GraphQL.Introspection;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js <c>printSchema</c> does: the schema definition when the
/// roots are not the default names (or the schema has a description), the custom directive definitions,
/// then every type in schema order — without the built-in scalars, the built-in directives and the
/// introspection types. Items are separated by a blank line; there is no trailing newline.
/// </summary>
public static class SchemaPrinter
{
    private const string Indent = "  ";

    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        List<string> items = [];
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            items.Add(definition);
        }

        items.AddRange(schema.DirectiveDefinitions.Where(d => !d.IsSpecified).Select(PrintDirective));
        items.AddRange(schema.Types
            .Where(t => !t.IsIntrospectionType && !(t is ScalarType && BuiltInScalars.IsSpecified(t.Name)))
            .Select(PrintType));
        return string.Join("\n\n", items);
    }

    /// <summary>Prints one named type as graphql-js <c>printType</c> does.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar) + PrintAppliedDirectives(scalar),
        ObjectType o => PrintDescription(o.Description) + "type " + o.Name + PrintImplements(o.Interfaces) + PrintAppliedDirectives(o) + PrintFields(o.Fields),
        InterfaceType i => PrintDescription(i.Description) + "interface " + i.Name + PrintImplements(i.Interfaces) + PrintFields(i.Fields),
        UnionType u => PrintDescription(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
        EnumType e => PrintDescription(e.Description) + "enum " + e.Name + PrintAppliedDirectives(e) + PrintBlock(e.Values.Select((v, i) =>
            PrintDescription(v.Description, Indent, i == 0) + Indent + v.Name + PrintDeprecated(v.DeprecationReason) + PrintAppliedDirectives(v))),
        InputObjectType io => PrintDescription(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : string.Empty) + PrintBlock(io.Fields.Select((f, i) =>
            PrintDescription(f.Description, Indent, i == 0) + Indent + PrintInputValue(f))),
        _ => throw new ArgumentException($"Unknown type kind {type.Kind}.", nameof(type)),
    };

    // Spec #sec-Root-Operation-Types.Default-Root-Operation-Type-Names: the schema definition is omitted when
    // every root uses its default name, no other type uses a default root name, and there is no description.
    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && UsesDefaultRootNames(schema))
        {
            return null;
        }

        List<string> operations = [Indent + "query: " + schema.QueryType.Name];
        if (schema.MutationType is { } mutation)
        {
            operations.Add(Indent + "mutation: " + mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operations.Add(Indent + "subscription: " + subscription.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static bool UsesDefaultRootNames(Schema schema) =>
        schema.QueryType.Name == "Query"
        && (schema.MutationType is null ? !schema.TryGetType("Mutation", out _) : schema.MutationType.Name == "Mutation")
        && (schema.SubscriptionType is null ? !schema.TryGetType("Subscription", out _) : schema.SubscriptionType.Name == "Subscription");

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description)
        + "directive @" + directive.Name
        + PrintArguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocations.ToName));

    private static string PrintImplements(IReadOnlyList<InterfaceType> interfaces) =>
        interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(FieldCollection<OutputField> fields) =>
        PrintBlock(fields.Where(f => !IntrospectionFields.IsMetaField(f.Name)).Select((f, i) =>
            PrintDescription(f.Description, Indent, i == 0)
            + Indent + f.Name
            + PrintArguments(f.Arguments, Indent)
            + ": " + f.Type.Print()
            + PrintDeprecated(f.DeprecationReason)
            + PrintAppliedDirectives(f)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        string joined = string.Join("\n", items);
        return joined.Length > 0 ? " {\n" + joined + "\n}" : string.Empty;
    }

    // graphql-js printArgs: on one line unless an argument has a description.
    private static string PrintArguments(FieldCollection<InputValue> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((a, i) => PrintDescription(a.Description, Indent + indentation, i == 0) + Indent + indentation + PrintInputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValue value) =>
        value.Name + ": " + value.Type.Print()
        + (value.DefaultValueLiteral is { } literal ? " = " + SyntaxPrinter.Print(literal) : string.Empty)
        + PrintDeprecated(value.DeprecationReason)
        + PrintAppliedDirectives(value);

    // Spec #sec--deprecated: the default reason is left implicit.
    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + SyntaxPrinter.Print(new StringValueNode { Value = reason }) + ")",
    };

    // graphql-js printSchema prints no other applied directives; the cost and authorization directives are
    // printed as HotChocolate prints them, since an operation's cost and who may see a field depend on them.
    // Introspection does not show applied directives (nor does HotChocolate's), only their definitions.
    private static string PrintAppliedDirectives(IHasDirectives element)
    {
        string printed = string.Empty;
        foreach (DirectiveNode directive in element.Directives)
        {
            if (CostDirectives.IsCostDirective(directive.Name.Value) || directive.Name.Value == AuthorizeDirectives.Authorize)
            {
                printed += " " + SyntaxPrinter.Print(directive);
            }
        }

        return printed;
    }

    private static string PrintSpecifiedBy(ScalarType scalar) => scalar.SpecifiedByUrl is { } url
        ? " @specifiedBy(url: " + SyntaxPrinter.Print(new StringValueNode { Value = url }) + ")"
        : string.Empty;

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        string text = SyntaxPrinter.Print(new StringValueNode { Value = description, Block = IsPrintableAsBlockString(description) });
        string prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    // graphql-js isPrintableAsBlockString: a block string would give back exactly this value.
    internal static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true;
        bool hasIndent = false;
        bool hasCommonIndent = true;
        bool seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case '\r':
                case < ' ' and not ('\t' or '\n'):
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // a leading empty line would be dropped
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        // Trailing empty lines would be dropped; a common indent would be removed.
        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
