using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// A leaf type with its own input and result coercion (spec #sec-Scalars). Subclasses implement the
/// three coercions; none of them throws for bad input — they return false and the caller reports the
/// error with the right code and location.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy(url:)</c>), if any.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>The runtime (CLR) type values of this scalar have after input coercion.</summary>
    public abstract Type RuntimeType { get; }

    /// <summary>Input coercion of a literal in a document (never a variable; the caller resolves those).</summary>
    public abstract bool TryCoerceInputLiteral(ValueNode literal, out object? value);

    /// <summary>
    /// Input coercion of a variable value as it arrived in the request (JSON → CLR: string, bool, int,
    /// long, double, decimal; never null — the caller handles null).
    /// </summary>
    public abstract bool TryCoerceInputValue(object value, out object? coerced);

    /// <summary>
    /// Result coercion (spec #sec-Scalars.Result-Coercion-and-Serialization): a resolver's value to a
    /// JSON primitive (string, bool, int, long, double or decimal).
    /// </summary>
    public abstract bool TryCoerceResult(object value, out object? serialized);

    /// <summary>The literal that stands for a runtime value (for default values in introspection and SDL).</summary>
    public abstract ValueNode ValueToLiteral(object value);
}
