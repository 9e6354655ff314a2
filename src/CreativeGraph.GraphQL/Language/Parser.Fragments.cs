namespace CreativeGraph.GraphQL.Language;

// Spec §2.8 Fragments, §2.8.1 Type Conditions, §2.8.2 Inline Fragments.
public ref partial struct Parser
{
    // Grammar: FragmentSpread : ... FragmentName Directives?
    //          InlineFragment : ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        Token start = Expect(TokenKind.Spread);
        bool hasTypeCondition = SkipKeyword("on"u8);
        if (!hasTypeCondition && _token.Kind == TokenKind.Name)
        {
            return new FragmentSpreadNode
            {
                Name = ParseFragmentName(),
                Directives = ParseDirectives(isConst: false),
                Location = LocationFrom(start),
            };
        }

        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = LocationFrom(start),
        };
    }

    // Grammar: FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    // TypeCondition : on NamedType
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        Token start = _token;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("fragment"u8);
        NameNode name = ParseFragmentName();
        ExpectKeyword("on"u8);
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = LocationFrom(start),
        };
    }

    // Grammar: FragmentName : Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (IsKeyword(_token, "on"u8))
        {
            throw Unexpected(_token);
        }

        return ParseName();
    }
}
