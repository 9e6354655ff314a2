using System.Text;

namespace CreativeGraph.Api.Tests.Incremental;

/// <summary>
/// Random query documents over <see cref="IncrementalTestSchema"/> mixing <c>@stream</c> (on object and scalar
/// lists, nested in streamed items, with and without labels, <c>initialCount</c> 0 to past the list's end and
/// sometimes negative, <c>if: false</c> or a variable) and <c>@defer</c> (inline fragments and named spreads, nested,
/// inside streamed items), over fields that fail (nullable and non-null). Every field but <c>id</c> gets an alias of
/// its own, so fields never merge across deferred fragments (an area where the RFC leaves graphql-js 17 room for
/// its own choices of which payload carries a field); <c>id</c> is selected both outside and inside deferred
/// fragments, which exercises leaving out leaf fields already delivered.
/// </summary>
internal sealed class IncrementalDocumentGenerator(int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<string> _fragments = [];
    private int _names;

    public string Next()
    {
        _fragments.Clear();
        _names = 0;
        StringBuilder query = new("{");
        string[] roots = [.. new[] { "items", "nonNullItems", "hero" }.Where(_ => _random.Next(3) > 0)];
        foreach (string root in roots.Length == 0 ? ["items"] : roots)
        {
            query.Append(' ').Append(Alias()).Append(root);
            if (root != "hero")
            {
                query.Append(Stream());
            }

            query.Append(' ').Append(ItemSelection(depth: 1));
        }

        query.Append(" }");
        foreach (string fragment in _fragments)
        {
            query.Append(' ').Append(fragment);
        }

        // The variable is declared only when used (an unused variable fails validation).
        string document = query.ToString();
        return document.Contains("$on", StringComparison.Ordinal) ? "query Q($on: Boolean! = true) " + document : document;
    }

    private string ItemSelection(int depth)
    {
        List<string> fields = ["id"];
        int count = 1 + _random.Next(3);
        for (int i = 0; i < count; i++)
        {
            switch (_random.Next(depth < 3 ? 8 : 5))
            {
                case 0:
                    fields.Add(Alias() + "name");
                    break;
                case 1:
                    fields.Add(Alias() + "boom");
                    break;
                case 2:
                    fields.Add(Alias() + "even");
                    break;
                case 3 or 4:
                    fields.Add(Alias() + "tags" + Stream());
                    break;
                case 5:
                    fields.Add(Alias() + "friends" + Stream() + " " + ItemSelection(depth + 1));
                    break;
                case 6:
                    fields.Add("... " + Defer() + DeferredBody(depth));
                    break;
                default:
                    fields.Add(DeferredSpread(depth));
                    break;
            }
        }

        return "{ " + string.Join(" ", fields) + " }";
    }

    // A deferred fragment's own fields: sometimes id again (already delivered), never only that.
    private string DeferredBody(int depth)
    {
        string inner = ItemSelection(depth + 1);
        return _random.Next(2) == 0 ? "{ " + inner[2..] : "{ " + inner[("{ id ".Length)..];
    }

    private string DeferredSpread(int depth)
    {
        string name = "F" + _fragments.Count + "_" + _random.Next(1000);
        _fragments.Add("fragment " + name + " on Item " + DeferredBody(depth));
        return "..." + name + " " + Defer();
    }

    private string Alias() => "a" + (_names++) + ": ";

    private string Label() => _random.Next(2) == 0 ? "" : "label: \"L" + (_names++) + "\"";

    private string Stream()
    {
        if (_random.Next(2) == 0)
        {
            return "";
        }

        List<string> arguments = [];
        int choice = _random.Next(20);
        if (choice < 17)
        {
            arguments.Add("initialCount: " + new[] { 0, 0, 1, 2, 3, 5 }[choice % 6]);
        }
        else if (choice == 17)
        {
            arguments.Add("initialCount: -1");
        }

        arguments.Add(Label());
        arguments.Add(_random.Next(8) switch
        {
            0 => "if: false",
            1 => "if: $on",
            _ => "",
        });
        return Directive("stream", arguments);
    }

    private string Defer() => Directive("defer", [Label(), _random.Next(10) == 0 ? "if: false" : ""]);

    private static string Directive(string name, List<string> arguments)
    {
        string[] given = [.. arguments.Where(a => a.Length > 0)];
        return " @" + name + (given.Length > 0 ? "(" + string.Join(", ", given) + ")" : "");
    }
}
