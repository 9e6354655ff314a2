namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>What every named type descriptor offers: description, directives and metadata.</summary>
public abstract class NamedTypeDescriptor<TSelf>
    where TSelf : NamedTypeDescriptor<TSelf>
{
    private protected NamedTypeDescriptor(TypeConfig config) => Config = config;

    internal TypeConfig Config { get; }

    /// <summary>The type's name.</summary>
    public string Name => Config.Name;

    public TSelf Description(string? description)
    {
        Config.Description = description;
        return (TSelf)this;
    }

    /// <summary>Applies a directive, with argument values given as CLR values or literals.</summary>
    public TSelf Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(new DirectiveConfig(name, arguments));
        return (TSelf)this;
    }

    public TSelf ContextData(string key, object? value)
    {
        Config.ContextData[key] = value;
        return (TSelf)this;
    }
}
