namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</summary>
public abstract class DefinitionNode : SyntaxNode;
