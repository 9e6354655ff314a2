namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Value[Const] : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue</summary>
public abstract class ValueNode : SyntaxNode;
