using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Configures a custom directive definition (spec #sec-Type-System.Directives).</summary>
public sealed class DirectiveTypeDescriptor
{
    internal DirectiveTypeDescriptor(DirectiveDefinitionConfig config) => Config = config;

    internal DirectiveDefinitionConfig Config { get; }

    public DirectiveTypeDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public DirectiveTypeDescriptor Location(params DirectiveLocation[] locations)
    {
        Config.Locations.AddRange(locations);
        return this;
    }

    public DirectiveTypeDescriptor Repeatable(bool isRepeatable = true)
    {
        Config.IsRepeatable = isRepeatable;
        return this;
    }

    public DirectiveTypeDescriptor Argument(string name, string typeReference, Action<InputValueDescriptor>? configure = null)
    {
        InputValueDescriptor descriptor = new(InputValueDescriptor.GetOrAdd(Config.Arguments, name));
        descriptor.Type(typeReference);
        configure?.Invoke(descriptor);
        return this;
    }
}
