namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Configures an enum type (spec #sec-Enums).</summary>
public sealed class EnumTypeDescriptor : NamedTypeDescriptor<EnumTypeDescriptor>
{
    internal EnumTypeDescriptor(TypeConfig config)
        : base(config)
    {
    }

    /// <summary>Adds (or returns) a value; its runtime value defaults to its name.</summary>
    public EnumValueDescriptor Value(string name, object? runtimeValue = null)
    {
        EnumValueConfig? value = Config.Values.Find(v => v.Name == name);
        if (value is null)
        {
            value = new EnumValueConfig(name, runtimeValue ?? name);
            Config.Values.Add(value);
        }
        else if (runtimeValue is not null)
        {
            value.RuntimeValue = runtimeValue;
        }

        return new EnumValueDescriptor(value);
    }
}

/// <summary>Configures one enum value.</summary>
public sealed class EnumValueDescriptor
{
    private readonly EnumValueConfig _config;

    internal EnumValueDescriptor(EnumValueConfig config) => _config = config;

    public EnumValueDescriptor Description(string? description)
    {
        _config.Description = description;
        return this;
    }

    public EnumValueDescriptor Deprecated(string? reason = null)
    {
        _config.DeprecationReason = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    public EnumValueDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        _config.Directives.Add(new DirectiveConfig(name, arguments));
        return this;
    }
}
