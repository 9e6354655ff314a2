using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>Every message text of the execution phase (wording follows graphql-js where it has one).</summary>
internal static class ExecutionMessages
{
    public const string QueryMissing = "The GraphQL request does not contain a query document.";

    public const string OperationNameRequired = "Must provide operation name if query contains multiple operations.";

    public const string NoOperation = "Must provide an operation.";

    public const string UnexpectedExecutionError = "Unexpected Execution Error";

    public const string SubscriptionNotSupported = "Subscription operations are not supported by this server yet.";

    public const string IntrospectionNotAllowed = "Introspection is not allowed for the current request.";

    public const string Cancelled = "The request was cancelled.";

    public static string UnknownOperation(string name) => $"Unknown operation named \"{name}\".";

    public static string OperationNotAllowed(string operationType) =>
        $"The operation type `{operationType}` is not allowed for this request.";

    public static string RootTypeMissing(string operationType) => $"Schema is not configured to execute {operationType} operation.";

    public static string Timeout(TimeSpan timeout) => $"The request exceeded the configured timeout of `{timeout:c}`.";

    public static string MaxDepthExceeded(int depth, int max) =>
        $"The GraphQL document has an execution depth of {depth} which exceeds the max allowed execution depth of {max}.";

    public static string MaxFieldsExceeded(int count, int max) =>
        $"The GraphQL document selects {count} fields which exceeds the maximum allowed number of {max}.";

    public static string MaxAliasesExceeded(int count, int max) =>
        $"The GraphQL document uses {count} aliases which exceeds the maximum allowed number of {max}.";

    public static string CostExceeded(double cost, double max) =>
        $"The maximum allowed field cost was exceeded: the operation costs {cost} and the limit is {max}.";

    public static string TypeCostExceeded(double cost, double max) =>
        $"The maximum allowed type cost was exceeded: the response can hold {cost} objects and the limit is {max}.";

    // Spec #sec-Coercing-Variable-Values (graphql-js wording).
    public static string VariableRequired(string name, IType type) =>
        $"Variable \"${name}\" of required type \"{type.Print()}\" was not provided.";

    public static string VariableNonNull(string name, IType type) =>
        $"Variable \"${name}\" of non-null type \"{type.Print()}\" must not be null.";

    public static string VariableInvalid(string name, string printedValue, string path, string reason) =>
        path.Length == 0
            ? $"Variable \"${name}\" got invalid value {printedValue}; {reason}"
            : $"Variable \"${name}\" got invalid value {printedValue} at \"{name}{path}\"; {reason}";

    public static string VariableNotInputType(string name, string typeName) =>
        $"Variable \"${name}\" expected value of type \"{typeName}\" which cannot be used as an input type.";

    // Input coercion reasons (graphql-js coerceInputValue wording).
    public static string ExpectedNonNull(IType type) => $"Expected non-nullable type \"{type.Print()}\" not to be null.";

    public static string ExpectedType(NamedType type) => $"Expected type \"{type.Name}\".";

    public static string ScalarCannotRepresent(ScalarType type, string printedValue) =>
        type.Name switch
        {
            "Int" => $"Int cannot represent non-integer value: {printedValue}",
            "Float" => $"Float cannot represent non numeric value: {printedValue}",
            "String" => $"String cannot represent a non string value: {printedValue}",
            "Boolean" => $"Boolean cannot represent a non boolean value: {printedValue}",
            "ID" => $"ID cannot represent value: {printedValue}",
            _ => $"Expected type \"{type.Name}\". {type.Name} cannot represent value: {printedValue}",
        };

    public static string EnumCannotRepresent(EnumType type, string printedValue) =>
        $"Value {printedValue} does not exist in \"{type.Name}\" enum.";

    public static string InputObjectExpected(InputObjectType type) => $"Expected type \"{type.Name}\" to be an object.";

    public static string InputFieldRequired(InputObjectType type, InputValue field) =>
        $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type.Print()}\" was not provided.";

    public static string InputFieldUnknown(InputObjectType type, string name) =>
        $"Field \"{name}\" is not defined by type \"{type.Name}\".";

    public static string OneOfExactlyOne(InputObjectType type) =>
        $"Exactly one key must be specified for OneOf type \"{type.Name}\".";

    public static string OneOfNotNull(InputObjectType type, string name) =>
        $"Field \"{type.Name}.{name}\" must be non-null.";

    // Spec #sec-Coercing-Field-Arguments.
    public static string ArgumentRequired(string argument, IType type) =>
        $"Argument \"{argument}\" of required type \"{type.Print()}\" was not provided.";

    public static string ArgumentNonNull(string argument, IType type) =>
        $"Argument \"{argument}\" of non-null type \"{type.Print()}\" must not be null.";

    public static string ArgumentInvalid(string argument, string printedLiteral) =>
        $"Argument \"{argument}\" has invalid value {printedLiteral}.";

    // Spec #sec-Value-Completion.
    public static string NonNullViolation(OutputField field) => $"Cannot return null for non-nullable field {field.Coordinate}.";

    public static string ListExpected(OutputField field) =>
        $"Expected Iterable, but did not find one for field \"{field.Coordinate}\".";

    public static string LeafCannotSerialize(NamedType type, object value) =>
        $"{type.Name} cannot represent value: {value}";

    public static string AbstractTypeUnresolved(NamedType type, OutputField field) =>
        $"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\".";

    public static string AbstractTypeInvalid(NamedType type, ObjectType resolved) =>
        $"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{type.Name}\".";

    // MaxInputListLength.
    public static string InputListTooLong(string where, int length, int max) =>
        $"The list {where} has {length} elements, more than the {max} allowed in one input list (MaxInputListLength).";
}
