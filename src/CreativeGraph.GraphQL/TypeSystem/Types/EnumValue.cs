using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>One value of an enum type (spec #sec-Enums).</summary>
public sealed class EnumValue : IHasDirectives
{
    public EnumValue(string name, object runtimeValue, string? description = null, string? deprecationReason = null)
    {
        Name = name;
        RuntimeValue = runtimeValue;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    public object RuntimeValue { get; }

    public string? Description { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];
}
