namespace CreativeGraph.GraphQL.Language;

// Spec §2.12 Directives.
public ref partial struct Parser
{
    // Grammar: Directives[Const] : Directive[?Const]+
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_token.Kind != TokenKind.At)
        {
            return [];
        }

        List<DirectiveNode> directives = [];
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (_token.Kind == TokenKind.At);

        return directives;
    }

    // Grammar: Directive[Const] : @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        Token start = Expect(TokenKind.At);
        return new DirectiveNode
        {
            Name = ParseName(),
            Arguments = ParseArguments(isConst),
            Location = LocationFrom(start),
        };
    }
}
