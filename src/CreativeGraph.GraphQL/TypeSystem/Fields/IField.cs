namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>A named, typed member of a type: an output field, an argument or an input field.</summary>
public interface IField
{
    string Name { get; }

    IType Type { get; }
}
