namespace CreativeGraph.GraphQL.Language;

// Spec §2.3 Operations, §2.4 Selection Sets, §2.5 Fields, §2.6 Arguments, §2.7 Field Alias, §2.10 Variables.
public ref partial struct Parser
{
    // Grammar: OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        Token start = _token;
        if (_token.Kind == TokenKind.LeftBrace)
        {
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = ParseSelectionSet(),
                Location = LocationFrom(start),
            };
        }

        StringValueNode? description = ParseDescription();
        OperationType operation = ParseOperationType();
        NameNode? name = _token.Kind == TokenKind.Name ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = LocationFrom(start),
        };
    }

    // Grammar: OperationType : one of `query` `mutation` `subscription`
    private OperationType ParseOperationType()
    {
        Token token = Expect(TokenKind.Name);
        ReadOnlySpan<byte> text = TextOf(token);
        if (text.SequenceEqual("query"u8))
        {
            return OperationType.Query;
        }

        if (text.SequenceEqual("mutation"u8))
        {
            return OperationType.Mutation;
        }

        if (text.SequenceEqual("subscription"u8))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(token);
    }

    // Grammar: VariablesDefinition : ( VariableDefinition+ )
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.LeftParenthesis))
        {
            return [];
        }

        List<VariableDefinitionNode> definitions = [];
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.RightParenthesis));

        return definitions;
    }

    // Grammar: VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        Token start = _token;
        StringValueNode? description = ParseDescription();
        VariableNode variable = ParseVariable();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();

        // DefaultValue : = Value[Const]
        ValueNode? defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = LocationFrom(start),
        };
    }

    // Grammar: Variable : $ Name
    private VariableNode ParseVariable()
    {
        Token start = Expect(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = LocationFrom(start) };
    }

    // Grammar: SelectionSet : { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        EnterNesting();
        Token start = Expect(TokenKind.LeftBrace);
        List<SelectionNode> selections = [];
        do
        {
            selections.Add(ParseSelection());
        }
        while (!Skip(TokenKind.RightBrace));

        LeaveNesting();
        return new SelectionSetNode { Selections = selections, Location = LocationFrom(start) };
    }

    // Grammar: Selection : Field | FragmentSpread | InlineFragment
    private SelectionNode ParseSelection() =>
        _token.Kind == TokenKind.Spread ? ParseFragment() : ParseField();

    // Grammar: Field : Alias? Name Arguments? Directives? SelectionSet?
    // Alias : Name :
    private FieldNode ParseField()
    {
        Token start = _token;
        NameNode nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(isConst: false),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = _token.Kind == TokenKind.LeftBrace ? ParseSelectionSet() : null,
            Location = LocationFrom(start),
        };
    }

    // Grammar: Arguments[Const] : ( Argument[?Const]+ )
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.LeftParenthesis))
        {
            return [];
        }

        List<ArgumentNode> arguments = [];
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!Skip(TokenKind.RightParenthesis));

        return arguments;
    }

    // Grammar: Argument[Const] : Name : Value[?Const]
    private ArgumentNode ParseArgument(bool isConst)
    {
        Token start = _token;
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = LocationFrom(start) };
    }
}
