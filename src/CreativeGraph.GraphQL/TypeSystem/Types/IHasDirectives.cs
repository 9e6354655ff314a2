using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>A schema element that can carry directives applied in SDL or in code.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
