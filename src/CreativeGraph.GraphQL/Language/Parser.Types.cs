namespace CreativeGraph.GraphQL.Language;

// Spec §2.11 Type References.
public ref partial struct Parser
{
    // Grammar: Type : NamedType | ListType | NonNullType
    // ListType : [ Type ] ; NonNullType : NamedType ! | ListType !
    private TypeNode ParseTypeReference()
    {
        Token start = _token;
        TypeNode type;
        if (_token.Kind == TokenKind.LeftBracket)
        {
            EnterNesting();
            Advance();
            TypeNode inner = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            LeaveNesting();
            type = new ListTypeNode { Type = inner, Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (Skip(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = LocationFrom(start) };
        }

        return type;
    }

    // Grammar: NamedType : Name
    private NamedTypeNode ParseNamedType()
    {
        Token start = _token;
        return new NamedTypeNode { Name = ParseName(), Location = LocationFrom(start) };
    }
}
