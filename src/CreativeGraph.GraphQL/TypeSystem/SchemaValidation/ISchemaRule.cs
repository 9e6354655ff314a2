namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>One type-system validation rule of spec §3 (each file names its spec heading and anchor).</summary>
internal interface ISchemaRule
{
    void Validate(SchemaValidationContext context);
}
