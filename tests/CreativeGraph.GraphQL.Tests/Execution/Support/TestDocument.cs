using System.Text;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Tests.Execution.Support;

/// <summary>
/// A small parser for executable documents so execution tests do not depend on the Language branch
/// (operations, fragments, variables, directives, values; no descriptions, no block strings).
/// </summary>
internal sealed class TestDocument
{
    private readonly string _text;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private TestDocument(string text) => _text = text;

    public static DocumentNode Parse(string text)
    {
        TestDocument parser = new(text);
        List<DefinitionNode> definitions = [];
        parser.Skip();
        while (parser._pos < text.Length)
        {
            definitions.Add(parser.Definition());
            parser.Skip();
        }

        return new DocumentNode { Definitions = definitions };
    }

    private DefinitionNode Definition()
    {
        Location start = Here();
        if (Peek('{'))
        {
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = SelectionSet(), Location = start };
        }

        string keyword = Name().Value;
        if (keyword == "fragment")
        {
            NameNode name = Name();
            Expect("on");
            return new FragmentDefinitionNode
            {
                Name = name,
                TypeCondition = new NamedTypeNode { Name = Name() },
                Directives = Directives(),
                SelectionSet = SelectionSet(),
                Location = start,
            };
        }

        OperationType operation = keyword switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw new FormatException($"Unexpected {keyword}"),
        };
        NameNode? operationName = IsNameStart() ? Name() : null;
        List<VariableDefinitionNode> variables = [];
        if (Take('('))
        {
            while (!Take(')'))
            {
                Location at = Here();
                VariableNode variable = (VariableNode)Value();
                Take(':');
                TypeNode type = Type();
                ValueNode? defaultValue = Take('=') ? Value() : null;
                variables.Add(new VariableDefinitionNode { Variable = variable, Type = type, DefaultValue = defaultValue, Location = at });
            }
        }

        return new OperationDefinitionNode
        {
            Operation = operation,
            Name = operationName,
            VariableDefinitions = variables,
            Directives = Directives(),
            SelectionSet = SelectionSet(),
            Location = start,
        };
    }

    private SelectionSetNode SelectionSet()
    {
        Location start = Here();
        Take('{');
        List<SelectionNode> selections = [];
        while (!Take('}'))
        {
            selections.Add(Selection());
        }

        return new SelectionSetNode { Selections = selections, Location = start };
    }

    private SelectionNode Selection()
    {
        Location start = Here();
        if (_text.AsSpan(_pos).StartsWith("..."))
        {
            _pos += 3;
            Skip();
            if (IsNameStart() && !_text.AsSpan(_pos).StartsWith("on ") && !_text.AsSpan(_pos).StartsWith("on\n"))
            {
                return new FragmentSpreadNode { Name = Name(), Directives = Directives(), Location = start };
            }

            NamedTypeNode? condition = null;
            if (IsNameStart())
            {
                Expect("on");
                condition = new NamedTypeNode { Name = Name() };
            }

            return new InlineFragmentNode { TypeCondition = condition, Directives = Directives(), SelectionSet = SelectionSet(), Location = start };
        }

        NameNode name = Name();
        NameNode? alias = null;
        if (Take(':'))
        {
            alias = name;
            name = Name();
        }

        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = Arguments(),
            Directives = Directives(),
            SelectionSet = Peek('{') ? SelectionSet() : null,
            Location = start,
        };
    }

    private List<ArgumentNode> Arguments()
    {
        List<ArgumentNode> arguments = [];
        if (Take('('))
        {
            while (!Take(')'))
            {
                Location at = Here();
                NameNode name = Name();
                Take(':');
                arguments.Add(new ArgumentNode { Name = name, Value = Value(), Location = at });
            }
        }

        return arguments;
    }

    private List<DirectiveNode> Directives()
    {
        List<DirectiveNode> directives = [];
        while (Peek('@'))
        {
            Location at = Here();
            Take('@');
            directives.Add(new DirectiveNode { Name = Name(), Arguments = Arguments(), Location = at });
        }

        return directives;
    }

    private TypeNode Type()
    {
        TypeNode type = Take('[') ? ListOf() : new NamedTypeNode { Name = Name() };
        return Take('!') ? new NonNullTypeNode { Type = type } : type;
    }

    private ListTypeNode ListOf()
    {
        TypeNode inner = Type();
        Take(']');
        return new ListTypeNode { Type = inner };
    }

    private ValueNode Value()
    {
        Location at = Here();
        char c = _text[_pos];
        if (c == '$')
        {
            _pos++;
            return new VariableNode { Name = Name(), Location = at };
        }

        if (c == '"')
        {
            StringBuilder sb = new();
            _pos++;
            while (_text[_pos] != '"')
            {
                if (_text[_pos] == '\\')
                {
                    _pos++;
                }

                sb.Append(_text[_pos++]);
            }

            _pos++;
            Skip();
            return new StringValueNode { Value = sb.ToString(), Location = at };
        }

        if (c == '-' || char.IsDigit(c))
        {
            int start = _pos++;
            bool isFloat = false;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] is '.' or 'e' or 'E' or '+' or '-'))
            {
                isFloat |= _text[_pos] is '.' or 'e' or 'E';
                _pos++;
            }

            string number = _text[start.._pos];
            Skip();
            return isFloat ? new FloatValueNode { Value = number, Location = at } : new IntValueNode { Value = number, Location = at };
        }

        if (Take('['))
        {
            List<ValueNode> values = [];
            while (!Take(']'))
            {
                values.Add(Value());
            }

            return new ListValueNode { Values = values, Location = at };
        }

        if (Take('{'))
        {
            List<ObjectFieldNode> fields = [];
            while (!Take('}'))
            {
                NameNode name = Name();
                Take(':');
                fields.Add(new ObjectFieldNode { Name = name, Value = Value() });
            }

            return new ObjectValueNode { Fields = fields, Location = at };
        }

        string word = Name().Value;
        return word switch
        {
            "true" => new BooleanValueNode { Value = true, Location = at },
            "false" => new BooleanValueNode { Value = false, Location = at },
            "null" => new NullValueNode { Location = at },
            _ => new EnumValueNode { Value = word, Location = at },
        };
    }

    private NameNode Name()
    {
        Location at = Here();
        int start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        if (start == _pos)
        {
            throw new FormatException($"Expected a name at {at.Line}:{at.Column}");
        }

        string value = _text[start.._pos];
        Skip();
        return new NameNode { Value = value, Location = at };
    }

    private void Expect(string keyword)
    {
        if (Name().Value != keyword)
        {
            throw new FormatException($"Expected {keyword}");
        }
    }

    private bool IsNameStart() => _pos < _text.Length && (char.IsLetter(_text[_pos]) || _text[_pos] == '_');

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private bool Take(char c)
    {
        if (!Peek(c))
        {
            return false;
        }

        _pos++;
        Skip();
        return true;
    }

    private Location Here() => new(_pos, _pos, _line, _pos - _lineStart + 1);

    private void Skip()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (c is ' ' or '\t' or '\r' or ',')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }
}
