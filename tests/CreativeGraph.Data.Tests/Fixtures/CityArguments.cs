using System.Globalization;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>Random <c>where</c> and <c>order</c> arguments over City with their LINQ-to-objects meaning (fixed seeds by the caller).</summary>
internal static class CityArguments
{
    private static readonly string[] s_fragments =
        ["ber", "Lin", "pa", "ris", "MA", "dri", "ro", "me", "na", "po", "li", "Ge", "e", "x", "år", "ÆR", "č", "ČE", "Ő", "łó", "ÉC", "ß", "SS", "Ü"];

    private static readonly (string Name, Func<City, object?> Key)[] s_sortable =
    [
        ("name", c => c.Name), ("nickname", c => c.Nickname), ("population", c => c.Population), ("altitude", c => c.Altitude),
        ("rating", c => c.Rating), ("kind", c => c.Kind), ("formerKind", c => c.FormerKind), ("updatedAt", c => c.UpdatedAt),
        ("founded", c => c.Founded), ("isCapital", c => c.IsCapital), ("coastal", c => c.Coastal), ("visitorCount", c => c.Visitors),
        ("area", c => c.Area), ("districtsCount", c => c.Districts.Count), ("partnersCount", c => c.Partners.Count),
    ];

    public static (string Where, Func<City, bool> Predicate) Where(Random random, int depth)
    {
        int terms = 1 + random.Next(depth == 0 ? 3 : 2);
        // One object may name each field once (#sec-Input-Object-Field-Uniqueness).
        List<(string, Func<City, bool>)> parts = [.. Enumerable.Range(0, terms).Select(_ => Term(random, depth)).DistinctBy(p => p.Item1[..p.Item1.IndexOf(':', StringComparison.Ordinal)])];
        return ("{ " + string.Join(", ", parts.Select(p => p.Item1)) + " }", c => parts.All(p => p.Item2(c)));
    }

    private static (string, Func<City, bool>) Term(Random random, int depth)
    {
        switch (depth < 2 ? random.Next(12) : 2 + random.Next(10))
        {
            case 0:
            case 1:
                // 0 items too: and: [] matches everything, or: [] nothing
                List<(string Where, Func<City, bool> Predicate)> items = [.. Enumerable.Range(0, random.Next(4)).Select(_ => Where(random, depth + 1))];
                bool or = random.Next(2) == 0;
                return ($"{(or ? "or" : "and")}: [{string.Join(", ", items.Select(i => i.Where))}]",
                    or ? c => items.Any(i => i.Predicate(c)) : c => items.All(i => i.Predicate(c)));
            case 2:
            case 3:
                return Text(random, "name", c => c.Name);
            case 4:
                return Text(random, "nickname", c => c.Nickname);
            case 5:
                return Comparable(random, "population", c => c.Population, 1000 * random.Next(8), v => v.ToString(CultureInfo.InvariantCulture));
            case 6:
                return random.Next(3) == 0
                    ? Area(random)
                    : Comparable(random, "altitude", c => c.Altitude, 100 * random.Next(5), v => v.ToString(CultureInfo.InvariantCulture), nullable: true);
            case 7:
                return Comparable(random, "rating", c => c.Rating, random.Next(5) / 2.0, v => v.ToString("0.0", CultureInfo.InvariantCulture));
            case 8:
                return Comparable(random, "founded", c => c.Founded, new DateOnly(1000 + (random.Next(6) * 150), 1, 1), v => $"\"{v:yyyy-MM-dd}\"");
            case 9:
                CityKind kind = (CityKind)random.Next(3);
                string name = kind.ToString().ToUpperInvariant();
                return random.Next(4) switch
                {
                    0 => ($"kind: {{ eq: {name} }}", c => c.Kind == kind),
                    1 => ($"kind: {{ neq: {name} }}", c => c.Kind != kind),
                    2 => ($"formerKind: {{ nin: [{name}] }}", c => c.FormerKind is null || c.FormerKind != kind),
                    _ => ($"formerKind: {{ eq: null }}", c => c.FormerKind is null),
                };
            case 10:
                bool flag = random.Next(2) == 0;
                string text = flag ? "true" : "false";
                return random.Next(3) switch
                {
                    0 => ($"isCapital: {{ eq: {text} }}", c => c.IsCapital == flag),
                    1 => ($"coastal: {{ neq: {text} }}", c => c.Coastal != flag),
                    _ => ($"coastal: {{ eq: {text} }}", c => c.Coastal == flag),
                };
            default:
                int threshold = 100 * random.Next(5);
                return random.Next(4) switch
                {
                    0 => ($"districts: {{ some: {{ population: {{ gt: {threshold} }} }} }}", c => c.Districts.Any(d => d.Population > threshold)),
                    1 => ($"districts: {{ none: {{ population: {{ gt: {threshold} }} }} }}", c => !c.Districts.Any(d => d.Population > threshold)),
                    2 => ($"districts: {{ all: {{ population: {{ lte: {threshold} }} }} }}", c => c.Districts.All(d => d.Population <= threshold)),
                    // A condition through a missing reference never matches, a negation included.
                    _ => random.Next(2) == 0
                        ? ($"region: {{ rank: {{ ngt: {threshold / 200} }} }}", c => c.Region is not null && !(c.Region.Rank > threshold / 200))
                        : ($"region: {{ name: {{ ncontains: \"{s_fragments[threshold / 100]}\" }} }}", c => c.Region is not null && !c.Region.Name.ToLowerInvariant().Contains(s_fragments[threshold / 100].ToLowerInvariant(), StringComparison.Ordinal)),
                };
        }
    }

    private static (string, Func<City, bool>) Text(Random random, string field, Func<City, string?> member)
    {
        string value = s_fragments[random.Next(s_fragments.Length)];
        string lower = value.ToLowerInvariant();
        Func<string, bool> contains = s => s.ToLowerInvariant().Contains(lower, StringComparison.Ordinal);
        Func<string, bool> startsWith = s => s.ToLowerInvariant().StartsWith(lower, StringComparison.Ordinal);
        Func<string, bool> endsWith = s => s.ToLowerInvariant().EndsWith(lower, StringComparison.Ordinal);
        (string Operation, Func<string, bool> Test) = random.Next(3) switch { 0 => ("contains", contains), 1 => ("startsWith", startsWith), _ => ("endsWith", endsWith) };
        bool nullable = field == "nickname";
        return random.Next(nullable ? 9 : 7) switch
        {
            // a null inside in/nin is a value like any other (nullable members only)
            7 => ($"{field}: {{ in: [\"{value}\", null] }}", c => member(c) is null || member(c) == value),
            8 => ($"{field}: {{ nin: [null, \"{value}\"] }}", c => member(c) is not null && member(c) != value),
            0 => ($"{field}: {{ {Operation}: \"{value}\" }}", c => member(c) is { } s && Test(s)),
            1 => ($"{field}: {{ n{Operation}: \"{value}\" }}", c => member(c) is not { } s || !Test(s)),
            2 => ($"{field}: {{ eq: \"{value}\" }}", c => member(c) == value),
            3 => ($"{field}: {{ neq: \"{value}\" }}", c => member(c) != value),
            4 => ($"{field}: {{ in: [\"{value}\", \"bermaRIS\"] }}", c => member(c) is { } s && (s == value || s == "bermaRIS")),
            5 => ($"{field}: {{ nin: [\"{value}\"] }}", c => member(c) != value),
            _ => field == "nickname" ? ($"{field}: {{ neq: null }}", c => member(c) is not null) : ($"{field}: {{ contains: \"{value}\" }}", c => contains(member(c)!)),
        };
    }

    // Areas that differ only beyond double precision (the dataset adds 1e-16 to every fifth city's area).
    private static (string, Func<City, bool>) Area(Random random)
    {
        decimal value = (12.5m * random.Next(6)) + (random.Next(2) == 0 ? 0m : 0.0000000000000001m);
        return Comparable(random, "area", c => c.Area, value, v => v.ToString(CultureInfo.InvariantCulture));
    }

    private static (string, Func<City, bool>) Comparable<T>(Random random, string field, Func<City, T?> member, T value, Func<T, string> literal, bool nullable = false)
        where T : struct, IComparable<T>
    {
        string v = literal(value);
        Func<City, int?> compare = c => member(c) is { } m ? m.CompareTo(value) : null;
        return random.Next(nullable ? 11 : 9) switch
        {
            9 => ($"{field}: {{ in: [{v}, null] }}", c => member(c) is null || compare(c) == 0),
            10 => ($"{field}: {{ nin: [null, {v}] }}", c => member(c) is not null && compare(c) != 0),
            0 => ($"{field}: {{ eq: {v} }}", c => compare(c) == 0),
            1 => ($"{field}: {{ neq: {v} }}", c => compare(c) != 0),
            2 => ($"{field}: {{ gt: {v} }}", c => compare(c) > 0),
            3 => ($"{field}: {{ ngt: {v} }}", c => !(compare(c) > 0)),
            4 => ($"{field}: {{ gte: {v} }}", c => compare(c) >= 0),
            5 => ($"{field}: {{ nlt: {v} }}", c => !(compare(c) < 0)),
            6 => ($"{field}: {{ lte: {v} }}", c => compare(c) <= 0),
            7 => ($"{field}: {{ in: [{v}] }}", c => compare(c) == 0),
            _ => ($"{field}: {{ nin: [{v}] }}", c => compare(c) != 0),
        };
    }

    public static (string Order, (Func<City, object?> Key, bool Descending)[] Keys) Order(Random random)
    {
        int count = random.Next(4);
        List<string> terms = [];
        List<(Func<City, object?>, bool)> keys = [];
        for (int i = 0; i < count; i++)
        {
            bool descending = random.Next(2) == 0;
            string direction = descending ? "DESC" : "ASC";
            if (random.Next(6) == 0)
            {
                terms.Add($"{{ region: {{ rank: {direction} }} }}");
                keys.Add((c => c.Region?.Rank, descending));
                continue;
            }

            (string name, Func<City, object?> key) = s_sortable[random.Next(s_sortable.Length)];
            (string Name, Func<City, object?> Key) second = s_sortable[random.Next(s_sortable.Length)];
            if (random.Next(4) == 0 && second.Name != name)
            {
                // Two fields in one element apply in the order they are written.
                bool secondDescending = random.Next(2) == 0;
                terms.Add($"{{ {name}: {direction}, {second.Name}: {(secondDescending ? "DESC" : "ASC")} }}");
                keys.Add((key, descending));
                keys.Add((second.Key, secondDescending));
                continue;
            }

            terms.Add($"{{ {name}: {direction} }}");
            keys.Add((key, descending));
        }

        return (string.Join(", ", terms), [.. keys]);
    }
}
