namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Every message the schema builder and the type-system rules report (graphql-js wording where it has one).</summary>
internal static class TypeSystemMessages
{
    // Building
    public static string UnknownType(string name) => $"Unknown type \"{name}\".";

    public static string DuplicateType(string name) => $"There can be only one type named \"{name}\".";

    public static string DuplicateDirective(string name) => $"There can be only one directive named \"@{name}\".";

    public static string ExtensionOfUnknownType(string name) => $"Cannot extend type \"{name}\" because it is not defined.";

    public static string ExtensionOfWrongKind(string name, string kind) => $"Cannot extend non-{kind} type \"{name}\".";

    public static string ExtensionFieldAlreadyDefined(string type, string field) =>
        $"Field \"{type}.{field}\" already exists in the schema. It cannot also be defined in this type extension.";

    public static string ExtensionEnumValueAlreadyDefined(string type, string value) =>
        $"Enum value \"{type}.{value}\" already exists in the schema. It cannot also be defined in this type extension.";

    public static string OneOfOnExtension(string type) => $"The @oneOf directive cannot be provided by an extension of \"{type}\".";

    public static string SchemaExtensionWithoutSchema() => "Cannot extend the schema because it is not defined.";

    public static string DuplicateSchemaDefinition() => "Must provide only one schema definition.";

    public static string DuplicateOperationType(string operation) => $"Type for {operation} already defined in the schema. It cannot be redefined.";

    public static string NotTypeSystemDefinition() => "The schema document may contain only type system definitions and extensions.";

    public static string MissingType(string coordinate) => $"The type of {coordinate} is not set.";

    public static string InvalidDefaultValue(string coordinate, string message) => $"The default value of {coordinate} is invalid: {message}";

    public static string NotAnObjectType(string name, string usage) => $"{usage} must be an Object type, but \"{name}\" is not.";

    public static string NotAnInterfaceType(string name, string type) => $"Type {type} must only implement Interface types, it cannot implement {name}.";

    // #sec-Root-Operation-Types
    public static string QueryRootMissing() => "Query root type must be provided.";

    public static string RootNotObject(string operation, string type) => $"{operation} root type must be Object type, it cannot be {type}.";

    public static string RootTypesNotDistinct(string type, string operations) =>
        $"All root types must be different, \"{type}\" type is used as {operations} root types.";

    // #sec-Reserved-Names
    public static string ReservedName(string name) =>
        $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.";

    // #sec-Objects.Type-Validation / #sec-Interfaces.Type-Validation
    public static string NoFields(string type) => $"Type {type} must define one or more fields.";

    public static string DuplicateField(string type, string field) => $"Field \"{type}.{field}\" can only be defined once.";

    public static string FieldNotOutputType(string coordinate, string type) => $"The type of {coordinate} must be Output Type but got: {type}.";

    public static string DuplicateArgument(string coordinate, string argument) => $"Argument \"{coordinate}({argument}:)\" can only be defined once.";

    public static string ArgumentNotInputType(string coordinate, string type) => $"The type of {coordinate} must be Input Type but got: {type}.";

    public static string RequiredArgumentDeprecated(string coordinate) => $"Required argument {coordinate} cannot be deprecated.";

    public static string RequiredInputFieldDeprecated(string coordinate) => $"Required input field {coordinate} cannot be deprecated.";

    // #sec-Objects.Type-Validation, IsValidImplementation
    public static string DuplicateInterface(string type, string iface) => $"Type {type} can only implement {iface} once.";

    public static string SelfImplementation(string type) => $"Type {type} cannot implement itself because it would create a circular reference.";

    public static string MissingTransitiveInterface(string type, string transitive, string iface) =>
        $"Type {type} must implement {transitive} because it is implemented by {iface}.";

    public static string MissingInterfaceField(string iface, string field, string type) =>
        $"Interface field {iface}.{field} expected but {type} does not provide it.";

    public static string InterfaceFieldTypeMismatch(string iface, string field, string expected, string type, string actual) =>
        $"Interface field {iface}.{field} expects type {expected} but {type}.{field} is type {actual}.";

    public static string MissingInterfaceArgument(string iface, string field, string argument, string type) =>
        $"Interface field argument {iface}.{field}({argument}:) expected but {type}.{field} does not provide it.";

    public static string InterfaceArgumentTypeMismatch(string iface, string field, string argument, string expected, string type, string actual) =>
        $"Interface field argument {iface}.{field}({argument}:) expects type {expected} but {type}.{field}({argument}:) is type {actual}.";

    public static string AdditionalRequiredArgument(string type, string field, string argument, string argType, string iface) =>
        $"Argument {type}.{field}({argument}:) must not be required type {argType} if not provided by the Interface field {iface}.{field}.";

    public static string DeprecatedImplementationField(string type, string field, string iface) =>
        $"Field {type}.{field} is deprecated but the Interface field {iface}.{field} it implements is not.";

    // #sec-Unions.Type-Validation
    public static string NoUnionMembers(string union) => $"Union type {union} must define one or more member types.";

    public static string UnionMemberNotObject(string union, string member) => $"Union type {union} can only include Object types, it cannot include {member}.";

    public static string DuplicateUnionMember(string union, string member) => $"Union type {union} can only include type {member} once.";

    // #sec-Enums.Type-Validation
    public static string NoEnumValues(string type) => $"Enum type {type} must define one or more values.";

    public static string DuplicateEnumValue(string type, string value) => $"Enum value \"{type}.{value}\" can only be defined once.";

    public static string InvalidEnumValueName(string type, string value) => $"Enum type {type} cannot include value: {value}.";

    // #sec-Input-Objects.Type-Validation
    public static string NoInputFields(string type) => $"Input Object type {type} must define one or more fields.";

    public static string DuplicateInputField(string type, string field) => $"Input field \"{type}.{field}\" can only be defined once.";

    public static string InputFieldNotInputType(string coordinate, string type) => $"The type of {coordinate} must be Input Type but got: {type}.";

    public static string OneOfFieldNotNullable(string coordinate) => $"OneOf input field {coordinate} must be nullable.";

    public static string OneOfFieldWithDefault(string coordinate) => $"OneOf input field {coordinate} cannot have a default value.";

    public static string InputObjectCircularReference(string type, string path) =>
        $"Cannot reference Input Object \"{type}\" within itself through a series of non-null fields: \"{path}\".";

    public static string InputObjectDefaultValueCycle(string type, string field) =>
        $"Invalid circular reference. The default value of Input Object field {type}.{field} references itself.";

    // #sec-Type-System.Directives.Type-Validation
    public static string DirectiveWithoutLocations(string name) => $"Directive @{name} must include 1 or more locations.";

    public static string DirectiveSelfReference(string name, string path) =>
        $"Directive @{name} must not reference itself, but it is used by {path}.";

    // Applied directives (#sec-Directives-Are-Defined, #sec-Directives-Are-In-Valid-Locations, #sec-Directives-Are-Unique-Per-Location)
    public static string UnknownDirective(string name) => $"Unknown directive \"@{name}\".";

    public static string MisplacedDirective(string name, string location) => $"Directive \"@{name}\" may not be used on {location}.";

    public static string DuplicateDirectiveUse(string name) => $"The directive \"@{name}\" can only be used once at this location.";

    public static string UnknownDirectiveArgument(string directive, string argument) => $"Unknown argument \"{argument}\" on directive \"@{directive}\".";

    public static string MissingDirectiveArgument(string directive, string argument, string type) =>
        $"Directive \"@{directive}\" argument \"{argument}\" of type \"{type}\" is required, but it was not provided.";

    public static string InvalidDirectiveArgument(string directive, string argument, string value) =>
        $"Directive \"@{directive}\" argument \"{argument}\" has invalid value {value}.";
}
