using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Configures an argument or an input object field (spec InputValueDefinition).</summary>
public sealed class InputValueDescriptor
{
    internal InputValueDescriptor(InputValueConfig config) => Config = config;

    internal InputValueConfig Config { get; }

    public InputValueDescriptor Type(string typeReference)
    {
        Config.Type = TypeReferences.Parse(typeReference);
        return this;
    }

    public InputValueDescriptor Type(IType type)
    {
        Config.Type = new TypeRef(null, type);
        return this;
    }

    public InputValueDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>The default value as a CLR value (converted to a literal for SDL and introspection at Build).</summary>
    public InputValueDescriptor DefaultValue(object? value)
    {
        if (value is ValueNode literal)
        {
            return DefaultValueLiteral(literal);
        }

        Config.DefaultLiteral = null;
        Config.DefaultValue = value;
        Config.HasDefaultValue = true;
        return this;
    }

    /// <summary>The default value as a literal, e.g. <c>new IntValueNode { Value = "10" }</c>.</summary>
    public InputValueDescriptor DefaultValueLiteral(ValueNode literal)
    {
        Config.DefaultLiteral = literal;
        Config.DefaultValue = null;
        Config.HasDefaultValue = true;
        return this;
    }

    public InputValueDescriptor Deprecated(string? reason = null)
    {
        Config.DeprecationReason = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    public InputValueDescriptor ContextData(string key, object? value)
    {
        Config.ContextData[key] = value;
        return this;
    }

    /// <summary>Applies <c>@cost(weight:)</c> (IBM cost specification): the weight the argument adds when it is given.</summary>
    public InputValueDescriptor Cost(double weight) => Directive(CostDirectives.Cost, ("weight", CostDirectives.FormatWeight(weight)));

    public InputValueDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(new DirectiveConfig(name, arguments));
        return this;
    }

    internal static InputValueConfig GetOrAdd(List<InputValueConfig> values, string name)
    {
        InputValueConfig? value = values.Find(v => v.Name == name);
        if (value is null)
        {
            value = new InputValueConfig(name);
            values.Add(value);
        }

        return value;
    }
}
