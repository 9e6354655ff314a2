namespace CreativeGraph.GraphQL.Validation;

/// <summary>The text of every validation error, worded exactly as graphql-js words it.</summary>
internal static class ValidationMessages
{
    public const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    public const string AnonymousOperationNotAlone = "This anonymous operation must be the only defined operation.";

    public static string DefinitionNotExecutable(string name) => $"The {name} definition is not executable.";

    public static string OperationTypeNotSupported(string operation) =>
        $"The {operation} operation is not supported by the schema.";

    public static string OperationNameNotUnique(string name) => $"There can be only one operation named \"{name}\".";

    public static string SubscriptionNotSingleField(string? operation) => operation is null
        ? "Anonymous Subscription must select only one top level field."
        : $"Subscription \"{operation}\" must select only one top level field.";

    public static string SubscriptionIntrospectionField(string? operation) => operation is null
        ? "Anonymous Subscription must not select an introspection top level field."
        : $"Subscription \"{operation}\" must not select an introspection top level field.";

    public static string SubscriptionSkipOrInclude(string? operation) => operation is null
        ? "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection."
        : $"Subscription \"{operation}\" must not use `@skip` or `@include` directives in the top level selection.";

    public static string FieldNotDefined(string field, string type) => $"Cannot query field \"{field}\" on type \"{type}\".";

    public static string FieldsConflict(string responseName, string reason) =>
        $"Fields \"{responseName}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.";

    public static string DifferentFields(string name1, string name2) => $"\"{name1}\" and \"{name2}\" are different fields";

    public const string DifferingArguments = "they have differing arguments";

    public static string ConflictingTypes(string type1, string type2) =>
        $"they return conflicting types \"{type1}\" and \"{type2}\"";

    public static string SubfieldsConflict(string responseName, string reason) =>
        $"subfields \"{responseName}\" conflict because {reason}";

    public static string LeafFieldHasSelection(string field, string type) =>
        $"Field \"{field}\" must not have a selection since type \"{type}\" has no subfields.";

    public static string CompositeFieldNeedsSelection(string field, string type) =>
        $"Field \"{field}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field} {{ ... }}\"?";

    public static string FieldArgumentNotDefined(string argument, string coordinate) =>
        $"Unknown argument \"{argument}\" on field \"{coordinate}\".";

    public static string DirectiveArgumentNotDefined(string argument, string directive) =>
        $"Unknown argument \"{argument}\" on directive \"@{directive}\".";

    public static string ArgumentNotUnique(string name) => $"There can be only one argument named \"{name}\".";

    public static string FieldArgumentRequired(string field, string argument, string type) =>
        $"Field \"{field}\" argument \"{argument}\" of type \"{type}\" is required, but it was not provided.";

    public static string DirectiveArgumentRequired(string directive, string argument, string type) =>
        $"Directive \"@{directive}\" argument \"{argument}\" of type \"{type}\" is required, but it was not provided.";

    public static string FragmentNameNotUnique(string name) => $"There can be only one fragment named \"{name}\".";

    public static string UnknownType(string name) => $"Unknown type \"{name}\".";

    public static string InlineFragmentOnNonCompositeType(string type) =>
        $"Fragment cannot condition on non composite type \"{type}\".";

    public static string FragmentOnNonCompositeType(string fragment, string type) =>
        $"Fragment \"{fragment}\" cannot condition on non composite type \"{type}\".";

    public static string FragmentNotUsed(string name) => $"Fragment \"{name}\" is never used.";

    public static string FragmentNotDefined(string name) => $"Unknown fragment \"{name}\".";

    public static string FragmentCycle(string name, IReadOnlyList<string> via) => via.Count == 0
        ? $"Cannot spread fragment \"{name}\" within itself."
        : $"Cannot spread fragment \"{name}\" within itself via {string.Join(", ", via.Select(n => $"\"{n}\""))}.";

    public static string InlineFragmentNotPossible(string parentType, string fragmentType) =>
        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".";

    public static string FragmentSpreadNotPossible(string fragment, string parentType, string fragmentType) =>
        $"Fragment \"{fragment}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".";

    public static string ExpectedValue(string type, string value) => $"Expected value of type \"{type}\", found {value}.";

    public static string ExpectedValue(string type, string value, string reason) =>
        $"Expected value of type \"{type}\", found {value}; {reason}";

    public static string OneOfNotExactlyOneField(string type) => $"OneOf Input Object \"{type}\" must specify exactly one key.";

    public static string OneOfFieldNull(string type, string field) => $"Field \"{type}.{field}\" must be non-null.";

    public static string OneOfNullableVariable(string variable, string type) =>
        $"Variable \"{variable}\" must be non-nullable to be used for OneOf Input Object \"{type}\".";

    public static string InputFieldNotDefined(string field, string type) => $"Field \"{field}\" is not defined by type \"{type}\".";

    public static string InputFieldNotUnique(string name) => $"There can be only one input field named \"{name}\".";

    public static string InputFieldRequired(string type, string field, string fieldType) =>
        $"Field \"{type}.{field}\" of required type \"{fieldType}\" was not provided.";

    public static string DirectiveNotDefined(string name) => $"Unknown directive \"@{name}\".";

    public static string DirectiveLocationInvalid(string name, string location) => $"Directive \"@{name}\" may not be used on {location}.";

    public static string DirectiveNotUnique(string name) => $"The directive \"@{name}\" can only be used once at this location.";

    public static string VariableNotUnique(string name) => $"There can be only one variable named \"${name}\".";

    public static string VariableTypeNotInput(string name, string type) => $"Variable \"${name}\" cannot be non-input type \"{type}\".";

    public static string VariableNotDefined(string name, string? operation) => operation is null
        ? $"Variable \"${name}\" is not defined."
        : $"Variable \"${name}\" is not defined by operation \"{operation}\".";

    public static string VariableNotUsed(string name, string? operation) => operation is null
        ? $"Variable \"${name}\" is never used."
        : $"Variable \"${name}\" is never used in operation \"{operation}\".";

    public static string VariableUsageNotAllowed(string name, string variableType, string locationType) =>
        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".";

    // Incremental delivery (@defer, @stream), worded as graphql-js 17 words them.
    public const string DeferStreamLabelNotUnique = "Defer/Stream directive label argument must be unique.";

    public static string DeferStreamLabelNotStatic(string directive) => $"Argument \"@{directive}(label:)\" must be a static string.";

    public static string DeferStreamOnRootField(string directive, string operation, string type) =>
        $"{char.ToUpperInvariant(directive[0])}{directive[1..]} directive cannot be used on root {operation} type \"{type}\".";

    public static string StreamOnNonListField(string type, string field) => $"Directive \"@stream\" cannot be used on non-list field \"{type}.{field}\".";
}
