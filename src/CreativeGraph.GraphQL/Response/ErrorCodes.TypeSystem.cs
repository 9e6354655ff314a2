namespace CreativeGraph.GraphQL.Response;

public static partial class ErrorCodes
{
    // Type system (schema build; start-up errors, never sent to clients)
    public const string SchemaInvalid = "SCHEMA_INVALID";
    public const string SchemaTypeUnknown = "SCHEMA_TYPE_UNKNOWN";
    public const string SchemaNameNotUnique = "SCHEMA_NAME_NOT_UNIQUE";
    public const string SchemaExtensionInvalid = "SCHEMA_EXTENSION_INVALID";
    public const string SchemaDirectiveInvalid = "SCHEMA_DIRECTIVE_INVALID";
    public const string SchemaSdlInvalid = "SCHEMA_SDL_INVALID";
}
