namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>The List wrapping type (spec #sec-List).</summary>
public sealed class ListType(IType ofType) : IType
{
    public IType OfType { get; } = ofType;

    public TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";
}
