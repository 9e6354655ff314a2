namespace CreativeGraph.Data.Filtering;

/// <summary>The descriptions of the generated filter inputs and their operations (the wording is ours).</summary>
internal static class FilterDescriptions
{
    public static string Object(string entity) => $"Filters {entity} objects: every field given must match (and), `and`/`or` combine filters.";

    public const string And = "Matches when every filter of the list matches (an empty list matches everything).";

    public const string Or = "Matches when at least one filter of the list matches (an empty list matches nothing).";

    public static string Member(string name) => $"Filters on `{name}`.";

    /// <summary>A to-one reference: a missing reference matches no condition on it, negations included.</summary>
    public static string Reference(string name) =>
        $"Filters on the referenced `{name}`: only objects that have one can match, whatever the condition (a negation such as `ncontains` included).";

    public static string List(string element) => $"Filters a list of {element} objects by what its elements match.";

    public const string All = "Matches when every element matches the filter (an empty list matches).";

    public const string None = "Matches when no element matches the filter.";

    public const string Some = "Matches when at least one element matches the filter.";

    public const string Any = "true: the list has elements; false: it is empty.";

    public static string Operations(string scalar) => $"Operations on a {scalar} value; all given must hold.";

    public static string Operation(string operation) => operation switch
    {
        "and" => And,
        "or" => Or,
        "eq" => "Equal to the value (exact); null matches a missing value.",
        "neq" => "Not equal to the value; null matches any present value.",
        "in" => "Equal to one of the values; a null in the list matches a missing value.",
        "nin" => "Equal to none of the values; a missing value matches unless the list holds null.",
        "gt" => "Greater than the value.",
        "ngt" => "Not greater than the value (also matches a missing value).",
        "gte" => "Greater than or equal to the value.",
        "ngte" => "Not greater than or equal to the value (also matches a missing value).",
        "lt" => "Less than the value.",
        "nlt" => "Not less than the value (also matches a missing value).",
        "lte" => "Less than or equal to the value.",
        "nlte" => "Not less than or equal to the value (also matches a missing value).",
        "contains" => "Contains the text, ignoring case (letters beyond ASCII too).",
        "ncontains" => "Does not contain the text, ignoring case (letters beyond ASCII too; also matches a missing value).",
        "startsWith" => "Starts with the text, ignoring case (letters beyond ASCII too).",
        "nstartsWith" => "Does not start with the text, ignoring case (letters beyond ASCII too; also matches a missing value).",
        "endsWith" => "Ends with the text, ignoring case (letters beyond ASCII too).",
        "nendsWith" => "Does not end with the text, ignoring case (letters beyond ASCII too; also matches a missing value).",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No description for this filter operation."),
    };
}
