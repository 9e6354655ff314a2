using System.Text;

namespace CreativeGraph.GraphQL.Tests.Language;

/// <summary>Writes random but valid GraphQL source (executable and SDL) from a seeded <see cref="Random"/>.</summary>
internal sealed class RandomDocumentGenerator(int seed)
{
    private static readonly string[] s_names = ["a", "b", "node", "user", "_id", "on", "type", "query", "Q1", "fragment", "extend", "input"];
    private static readonly string[] s_typeNames = ["Int", "String", "User", "Node", "Boolean", "X_1"];
    private static readonly string[] s_stringParts = ["a", " ", "é", "😀", "\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u0041", "\\u{1F600}", "\\uD83D\\uDE00", "#", "\\u0001"];
    private static readonly string[] s_blockParts = ["a", " ", "  ", "\t", "\"", "\\", "\\\"\"\"", "é", "\n", "\n  ", "\r\n", "b c"];
    private readonly Random _random = new(seed);
    private readonly StringBuilder _text = new();

    public string Document()
    {
        _text.Clear();
        int count = _random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            switch (_random.Next(4))
            {
                case 0:
                    Operation();
                    break;
                case 1:
                    Fragment();
                    break;
                default:
                    TypeSystemDefinition();
                    break;
            }

            _text.Append('\n');
        }

        return _text.ToString();
    }

    private void Operation()
    {
        if (_random.Next(4) == 0)
        {
            SelectionSet(0);
            return;
        }

        Description();
        _text.Append(Pick(["query", "mutation", "subscription"])).Append(' ');
        if (_random.Next(2) == 0)
        {
            _text.Append(Pick(s_names));
        }

        if (_random.Next(2) == 0)
        {
            _text.Append('(');
            Repeat(1, 3, () =>
            {
                Description();
                _text.Append('$').Append(Pick(s_names)).Append(": ");
                Type(0);
                if (_random.Next(2) == 0)
                {
                    _text.Append(" = ");
                    Value(0, isConst: true);
                }

                Directives(isConst: true);
            });
            _text.Append(')');
        }

        Directives(isConst: false);
        SelectionSet(0);
    }

    private void Fragment()
    {
        Description();
        _text.Append("fragment ").Append(Pick(["F", "G", "onX"])).Append(" on ").Append(Pick(s_typeNames));
        Directives(isConst: false);
        SelectionSet(0);
    }

    private void SelectionSet(int depth)
    {
        _text.Append(" {");
        Repeat(1, 3, () =>
        {
            _text.Append(' ');
            int kind = depth > 3 ? 0 : _random.Next(6);
            if (kind == 4)
            {
                _text.Append("...").Append(Pick(["F", "G", "onX"]));
                Directives(isConst: false);
            }
            else if (kind == 5)
            {
                _text.Append("...");
                if (_random.Next(2) == 0)
                {
                    _text.Append(" on ").Append(Pick(s_typeNames));
                }

                Directives(isConst: false);
                SelectionSet(depth + 1);
            }
            else
            {
                if (_random.Next(3) == 0)
                {
                    _text.Append(Pick(s_names)).Append(": ");
                }

                _text.Append(Pick(s_names));
                Arguments(isConst: false);
                Directives(isConst: false);
                if (depth < 3 && _random.Next(2) == 0)
                {
                    SelectionSet(depth + 1);
                }
            }
        });
        _text.Append(" }");
    }

    private void Arguments(bool isConst)
    {
        if (_random.Next(2) == 0)
        {
            return;
        }

        _text.Append('(');
        Repeat(1, 3, () =>
        {
            _text.Append(Pick(s_names)).Append(": ");
            Value(0, isConst);
            _text.Append(Pick([" ", ", ", ","]));
        });
        _text.Append(')');
    }

    private void Directives(bool isConst)
    {
        while (_random.Next(4) == 0)
        {
            _text.Append(" @").Append(Pick(s_names));
            Arguments(isConst);
        }

        _text.Append(' ');
    }

    private void Value(int depth, bool isConst)
    {
        switch (_random.Next(depth > 2 ? 8 : 10))
        {
            case 0:
                _text.Append(Pick(["0", "-0", "12", "-345", "9007199254740993"]));
                break;
            case 1:
                _text.Append(Pick(["0.0", "-1.5", "1e10", "2.5E-3", "6.02e+23"]));
                break;
            case 2:
                _text.Append('"');
                Repeat(0, 6, () => _text.Append(Pick(s_stringParts)));
                _text.Append('"');
                break;
            case 3:
                BlockString();
                break;
            case 4:
                _text.Append(Pick(["true", "false", "null"]));
                break;
            case 5:
                _text.Append(Pick(["RED", "on", "type", "_A"]));
                break;
            case 6:
            case 7:
                if (!isConst)
                {
                    _text.Append('$').Append(Pick(s_names));
                    break;
                }

                goto case 0;
            case 8:
                _text.Append('[');
                Repeat(0, 3, () =>
                {
                    Value(depth + 1, isConst);
                    _text.Append(' ');
                });
                _text.Append(']');
                break;
            default:
                _text.Append('{');
                Repeat(0, 3, () =>
                {
                    _text.Append(Pick(s_names)).Append(": ");
                    Value(depth + 1, isConst);
                    _text.Append(' ');
                });
                _text.Append('}');
                break;
        }
    }

    private void BlockString()
    {
        StringBuilder content = new();
        Repeat(0, 8, () =>
        {
            string part = Pick(s_blockParts);

            // Two quotes in a row could form `"""` with the next part and close the string early.
            if (part.StartsWith('"') && content.Length > 0 && content[^1] == '"')
            {
                content.Append('x');
            }

            content.Append(part);
        });
        if (content.Length > 0 && content[^1] is '"' or '\\')
        {
            content.Append('x');
        }

        _text.Append("\"\"\"").Append(content).Append("\"\"\"");
    }

    private void Description()
    {
        switch (_random.Next(4))
        {
            case 0:
                _text.Append("\"desc ").Append(Pick(s_names)).Append("\" ");
                break;
            case 1:
                BlockString();
                _text.Append('\n');
                break;
        }
    }

    private void Type(int depth)
    {
        if (depth < 3 && _random.Next(3) == 0)
        {
            _text.Append('[');
            Type(depth + 1);
            _text.Append(']');
        }
        else
        {
            _text.Append(Pick(s_typeNames));
        }

        if (_random.Next(2) == 0)
        {
            _text.Append('!');
        }
    }

    private void TypeSystemDefinition()
    {
        bool extend = _random.Next(3) == 0;
        if (extend)
        {
            _text.Append("extend ");
        }
        else
        {
            Description();
        }

        string name = Pick(s_typeNames);
        switch (_random.Next(extend ? 6 : 8))
        {
            case 0:
                _text.Append("scalar ").Append(name).Append(" @").Append(Pick(s_names));
                break;
            case 1:
            case 2:
                _text.Append(Pick(["type ", "interface "])).Append(name);
                _text.Append(" implements ").Append(Pick(["", "& "])).Append(Pick(s_typeNames)).Append(" & ").Append(Pick(s_typeNames));
                Directives(isConst: true);
                FieldsDefinition();
                break;
            case 3:
                _text.Append("union ").Append(name);
                Directives(isConst: true);
                _text.Append(" = ").Append(Pick(["", "| "])).Append(Pick(s_typeNames)).Append(" | ").Append(Pick(s_typeNames));
                break;
            case 4:
                _text.Append("enum ").Append(name);
                Directives(isConst: true);
                _text.Append(" {");
                Repeat(1, 3, () =>
                {
                    Description();
                    _text.Append(Pick(["RED", "GREEN", "on", "type"]));
                    Directives(isConst: true);
                });
                _text.Append('}');
                break;
            case 5:
                _text.Append("input ").Append(name);
                Directives(isConst: true);
                _text.Append(" {");
                Repeat(1, 3, InputValueDefinition);
                _text.Append('}');
                break;
            case 6:
                _text.Append("directive @").Append(Pick(s_names));
                if (_random.Next(2) == 0)
                {
                    _text.Append('(');
                    Repeat(1, 2, InputValueDefinition);
                    _text.Append(')');
                }

                _text.Append(_random.Next(2) == 0 ? " repeatable" : string.Empty).Append(" on ").Append(Pick(["", "| "]));
                _text.Append(Pick(["FIELD", "QUERY", "ENUM_VALUE"])).Append(" | ").Append(Pick(["OBJECT", "INPUT_FIELD_DEFINITION"]));
                break;
            default:
                _text.Append("schema");
                Directives(isConst: true);
                _text.Append("{ query: Q mutation: M }");
                break;
        }
    }

    private void FieldsDefinition()
    {
        _text.Append(" {");
        Repeat(1, 3, () =>
        {
            Description();
            _text.Append(Pick(s_names));
            if (_random.Next(2) == 0)
            {
                _text.Append('(');
                Repeat(1, 2, InputValueDefinition);
                _text.Append(')');
            }

            _text.Append(": ");
            Type(0);
            Directives(isConst: true);
        });
        _text.Append('}');
    }

    private void InputValueDefinition()
    {
        Description();
        _text.Append(Pick(s_names)).Append(": ");
        Type(0);
        if (_random.Next(2) == 0)
        {
            _text.Append(" = ");
            Value(0, isConst: true);
        }

        Directives(isConst: true);
    }

    private void Repeat(int min, int max, Action action)
    {
        int count = _random.Next(min, max + 1);
        for (int i = 0; i < count; i++)
        {
            action();
        }
    }

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
