using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The IBM cost specification's <c>@cost</c> and <c>@listSize</c> directives with HotChocolate's signatures.
/// A schema gets a definition only when it applies the directive (in SDL or code) without defining it; the
/// applied arguments are read once at build into <c>ContextData</c> (<see cref="WeightKey"/>,
/// <see cref="ListSizeKey"/>) for the cost analysis.
/// </summary>
public static class CostDirectives
{
    public const string Cost = "cost";
    public const string ListSize = "listSize";

    /// <summary>ContextData key of a field's or argument's weight: a <see cref="double"/>.</summary>
    public const string WeightKey = "cost.weight";

    /// <summary>ContextData key of a field's <see cref="ListSizeSettings"/>.</summary>
    public const string ListSizeKey = "cost.listSize";

    public static bool IsCostDirective(string name) => name is Cost or ListSize;

    /// <summary>A weight as the directive's String argument carries it (invariant, round-trippable).</summary>
    public static string FormatWeight(double weight) => weight.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parses a weight string ("2", "3.5", "1e3"); false when it is not a finite number.</summary>
    public static bool TryParseWeight(string text, out double weight) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && double.IsFinite(weight);

    /// <summary>The definitions of the cost directives the types apply (<paramref name="applied"/>) but no definition declares.</summary>
    internal static IEnumerable<DirectiveDefinitionConfig> CreateConfigsFor(IReadOnlySet<string> applied, IEnumerable<DirectiveDefinitionConfig> defined)
    {
        HashSet<string> used = [.. applied.Where(IsCostDirective)];
        used.ExceptWith(defined.Select(d => d.Name));
        if (used.Contains(Cost))
        {
            yield return CreateCost();
        }

        if (used.Contains(ListSize))
        {
            yield return CreateListSize();
        }
    }

    // directive @cost(weight: String!) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM | ENUM_VALUE
    private static DirectiveDefinitionConfig CreateCost() => BuiltInDirectives.Create(
        Cost,
        "Gives a schema element the weight it adds to an operation's cost each time it is, or may be, selected or given.",
        [
            DirectiveLocation.Scalar, DirectiveLocation.Object, DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition, DirectiveLocation.Enum, DirectiveLocation.EnumValue,
        ],
        ("weight", "String!", "The weight, a number written as a string (for example \"2.5\").", null));

    // directive @listSize(assumedSize: Int, slicingArguments: [String!], slicingArgumentDefaultValue: Int,
    //   sizedFields: [String!], requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION
    private static DirectiveDefinitionConfig CreateListSize() => BuiltInDirectives.Create(
        ListSize,
        "Tells the cost analysis how long the list a field returns is, or which of its arguments say so.",
        [DirectiveLocation.FieldDefinition],
        ("assumedSize", "Int", "The list size assumed when no slicing argument gives one.", null),
        ("slicingArguments", "[String!]", "The field's arguments whose value is the list size.", null),
        ("slicingArgumentDefaultValue", "Int", "The list size used when no slicing argument is given.", null),
        ("sizedFields", "[String!]", "Sub-fields whose lists have the size, instead of the field itself (a connection's edges and nodes).", null),
        ("requireOneSlicingArgument", "Boolean!", "Whether a selection of the field must give exactly one slicing argument.", new BooleanValueNode { Value = true }));

    /// <summary>
    /// Reads applied <c>@cost</c>/<c>@listSize</c> into <paramref name="contextData"/>; returns the weight
    /// text that is not a number, if any. Arguments of the wrong type are left to schema validation.
    /// </summary>
    internal static string? ReadInto(IReadOnlyList<DirectiveNode> directives, IDictionary<string, object?> contextData)
    {
        string? invalidWeight = null;
        foreach (DirectiveNode directive in directives)
        {
            switch (directive.Name.Value)
            {
                case Cost when DirectiveArguments.Value(directive, "weight") is StringValueNode text:
                    if (TryParseWeight(text.Value, out double weight))
                    {
                        contextData[WeightKey] = weight;
                    }
                    else
                    {
                        invalidWeight = text.Value;
                    }

                    break;
                case ListSize:
                    contextData[ListSizeKey] = new ListSizeSettings
                    {
                        AssumedSize = DirectiveArguments.Int(directive, "assumedSize"),
                        SlicingArguments = DirectiveArguments.StringList(directive, "slicingArguments") ?? [],
                        SlicingArgumentDefaultValue = DirectiveArguments.Int(directive, "slicingArgumentDefaultValue"),
                        SizedFields = DirectiveArguments.StringList(directive, "sizedFields") ?? [],
                        RequireOneSlicingArgument = DirectiveArguments.Value(directive, "requireOneSlicingArgument") is not BooleanValueNode { Value: false },
                    };
                    break;
            }
        }

        return invalidWeight;
    }
}
