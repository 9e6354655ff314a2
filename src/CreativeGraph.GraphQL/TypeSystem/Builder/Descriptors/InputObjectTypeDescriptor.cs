namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Configures an input object type (spec #sec-Input-Objects).</summary>
public sealed class InputObjectTypeDescriptor : NamedTypeDescriptor<InputObjectTypeDescriptor>
{
    internal InputObjectTypeDescriptor(TypeConfig config)
        : base(config)
    {
    }

    /// <summary>Adds (or returns) an input field.</summary>
    public InputValueDescriptor Field(string name) => new(InputValueDescriptor.GetOrAdd(Config.InputFields, name));

    /// <summary>Makes this a OneOf input object (spec #sec-OneOf-Input-Objects): exactly one field must be given.</summary>
    public InputObjectTypeDescriptor OneOf(bool isOneOf = true)
    {
        Config.IsOneOf = isOneOf;
        return this;
    }
}
