namespace CreativeGraph.Api.Research.Index;

/// <summary>A node named by an argument: the argument's name and text (for errors) and the node it decodes to.</summary>
internal readonly record struct NodeArgument(string Argument, string Value, NodeRef Node);
