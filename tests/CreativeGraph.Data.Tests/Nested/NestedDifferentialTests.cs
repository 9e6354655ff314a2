using System.Globalization;
using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Nested;

/// <summary>
/// Random nested where/order/first/after/last/before cases, run through GraphQL for every parent at once and through
/// LINQ to objects per parent on the same data: every parent's page, pageInfo and totalCount must agree. A cursor
/// taken from one parent applies to every parent by its sort values (the keyset), as on a root list.
/// </summary>
public abstract class NestedDifferentialTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    [ProviderFact]
    public async Task Random_region_cities_pages_agree_with_LINQ_to_objects_per_region()
    {
        Random random = new(5151);
        for (int i = 0; i < 250; i++)
        {
            (string where, Func<City, bool> predicate) = CityArguments.Where(random, depth: 0);
            (string order, (Func<City, object?> Key, bool Descending)[] keys) = CityArguments.Order(random);
            int[] global = db.Ids(db.Cities.Where(predicate), keys);
            await CheckPagesAsync(
                random,
                $"case {i}",
                global,
                db.Data.Regions.Select(r => r.Id),
                parent => [.. global.Where(id => db.Cities[id - 1].RegionId == parent)],
                (slice, pageInfo) => $$"""{ regions(first: 10) { nodes { id cities({{slice}}, where: {{where}}, order: [{{order}}]) { totalCount {{pageInfo}} nodes { id } } } } }""",
                "regions",
                "cities");
        }
    }

    [ProviderFact]
    public async Task Random_project_partners_pages_agree_with_LINQ_to_objects_per_project()
    {
        Random random = new(6262);
        Project[] projects = [.. db.Data.Projects.Where(p => p.Participations.Count >= 3).Take(12)];
        string ids = string.Join(", ", projects.Select(p => p.Id.ToString(CultureInfo.InvariantCulture)));
        for (int i = 0; i < 120; i++)
        {
            (string where, Func<Partner, bool> predicate) = PartnerWhere(random);
            (string order, (Func<Partner, object?> Key, bool Descending)[] keys) = PartnerOrder(random);
            int[] global = Expected.Ids(db.NullsFirst, db.Data.Partners.Where(predicate), p => p.Id, keys);
            await CheckPagesAsync(
                random,
                $"case {i} {where} {order}",
                global,
                projects.Select(p => p.Id),
                parent => [.. global.Where(id => projects.Single(p => p.Id == parent).Participations.Any(l => l.PartnerId == id))],
                (slice, pageInfo) => $$"""{ projects(first: 20, where: { id: { in: [{{ids}}] } }) { nodes { id partners({{slice}}, where: {{where}}, order: [{{order}}]) { totalCount {{pageInfo}} nodes { id } } } } }""",
                "projects",
                "partners");
        }
    }

    /// <summary>A first page without cursor, then a page from a cursor of one parent, checked for every parent.</summary>
    private async Task CheckPagesAsync(
        Random random,
        string label,
        int[] global,
        IEnumerable<int> parents,
        Func<int, int[]> rowsOf,
        Func<string, string, string> query,
        string root,
        string field)
    {
        Dictionary<int, int> position = global.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        int size = random.Next(6);
        bool backward = random.Next(3) == 0;
        const string PageInfo = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
        string first = query(backward ? $"last: {size}" : $"first: {size}", PageInfo);
        Dictionary<int, JsonElement> page = Parents(await db.ExecuteAsync(first), root, field, label + " " + first);
        int[] parentIds = [.. parents];
        Assert.NotEmpty(parentIds);   // the checks below run for at least one
        foreach (int parent in parentIds)
        {
            Check(label + " " + first, page[parent], rowsOf(parent), rowsOf(parent), size, backward, cursorGiven: false);
        }

        // A cursor of the parent with the most rows on the page, applied to every parent.
        (int parentWithCursor, JsonElement connection) = page.OrderByDescending(p => p.Value.GetProperty("nodes").GetArrayLength()).First();
        int[] nodes = Expected.Ids(connection);
        if (nodes.Length == 0)
        {
            return;
        }

        string cursor = connection.GetProperty("pageInfo").GetProperty(backward ? "startCursor" : "endCursor").GetString()!;
        int at = position[backward ? nodes[0] : nodes[^1]];
        string second = query(backward ? $"last: {size}, before: \"{cursor}\"" : $"first: {size}, after: \"{cursor}\"", PageInfo);
        Dictionary<int, JsonElement> next = Parents(await db.ExecuteAsync(second), root, field, label + " " + second);
        foreach (int parent in parentIds)
        {
            int[] beyond = [.. rowsOf(parent).Where(id => backward ? position[id] < at : position[id] > at)];
            Check($"{label} (cursor of {parentWithCursor}) {second}", next[parent], rowsOf(parent), beyond, size, backward, cursorGiven: true);
        }
    }

    private static void Check(string label, JsonElement connection, int[] all, int[] candidates, int size, bool backward, bool cursorGiven)
    {
        int[] want = backward ? [.. candidates.TakeLast(size)] : [.. candidates.Take(size)];
        int[] ids = Expected.Ids(connection);
        Assert.True(want.SequenceEqual(ids), $"{label}\nexpected [{string.Join(',', want)}]\nactual   [{string.Join(',', ids)}]");
        JsonElement pageInfo = connection.GetProperty("pageInfo");
        bool more = candidates.Length > size;
        Assert.True((backward ? cursorGiven : more) == pageInfo.GetProperty("hasNextPage").GetBoolean(), label + " hasNextPage");
        Assert.True((backward ? more : cursorGiven) == pageInfo.GetProperty("hasPreviousPage").GetBoolean(), label + " hasPreviousPage");
        Assert.True(all.Length == connection.GetProperty("totalCount").GetInt32(), label + " totalCount");
    }

    private static Dictionary<int, JsonElement> Parents(JsonElement result, string root, string field, string label)
    {
        Assert.False(result.TryGetProperty("errors", out JsonElement errors), label + "\n" + errors);
        return result.GetProperty("data").GetProperty(root).GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetInt32(), n => n.GetProperty(field));
    }

    private static (string, Func<Partner, bool>) PartnerWhere(Random random)
    {
        int staff = random.Next(6) * 10;
        string letter = "aeiolr"[random.Next(6)].ToString();
        return random.Next(6) switch
        {
            0 => ($"{{ staff: {{ gte: {staff} }} }}", p => p.Staff >= staff),
            1 => ($"{{ staff: {{ nlt: {staff} }}, acronym: {{ neq: null }} }}", p => p.Staff >= staff && p.Acronym is not null),
            2 => ($"{{ acronym: {{ eq: null }} }}", p => p.Acronym is null),
            3 => ($"{{ name: {{ contains: \"{letter.ToUpperInvariant()}\" }} }}", p => p.Name.Contains(letter, StringComparison.OrdinalIgnoreCase)),
            4 => ($"{{ or: [{{ staff: {{ lt: {staff} }} }}, {{ acronym: {{ nstartsWith: \"{letter}\" }} }}] }}", p => p.Staff < staff || p.Acronym is null || !p.Acronym.StartsWith(letter, StringComparison.OrdinalIgnoreCase)),
            _ => ("{ }", _ => true),
        };
    }

    private static (string, (Func<Partner, object?>, bool)[]) PartnerOrder(Random random)
    {
        (string Name, Func<Partner, object?> Key)[] sortable = [("name", p => p.Name), ("acronym", p => p.Acronym), ("staff", p => p.Staff)];
        List<string> terms = [];
        List<(Func<Partner, object?>, bool)> keys = [];
        for (int i = random.Next(3); i > 0; i--)
        {
            (string name, Func<Partner, object?> key) = sortable[random.Next(sortable.Length)];
            bool descending = random.Next(2) == 0;
            terms.Add($"{{ {name}: {(descending ? "DESC" : "ASC")} }}");
            keys.Add((key, descending));
        }

        return (string.Join(", ", terms), [.. keys]);
    }
}
