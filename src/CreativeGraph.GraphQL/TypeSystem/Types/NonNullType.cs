namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>The Non-Null wrapping type (spec #sec-Non-Null). Never wraps another Non-Null type.</summary>
public sealed class NonNullType : IType
{
    public NonNullType(IType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A Non-Null type cannot wrap another Non-Null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public IType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";
}
