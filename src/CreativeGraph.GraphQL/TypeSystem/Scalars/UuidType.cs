namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>HotChocolate's <c>UUID</c> scalar (RFC 4122), runtime <see cref="Guid"/>, serialized in the "D" format.</summary>
internal sealed class UuidType : StringFormattedScalarType<Guid>
{
    public UuidType()
        : base("UUID", "The `UUID` scalar represents a universally unique identifier (RFC 4122).")
    {
    }

    protected override bool TryParse(string text, out Guid value) => Guid.TryParse(text, out value);

    protected override string Format(Guid value) => value.ToString("D");
}
