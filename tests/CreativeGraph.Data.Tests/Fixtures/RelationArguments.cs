namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>
/// Random <c>where</c> arguments through relations in both directions (region → cities → partners → participations →
/// project, and back through references), with some/all/none/any on every list, including the declared lists
/// <c>Region.partners</c> (two branches) and <c>Partner.projects</c> (through the edge), with their LINQ-to-objects
/// meaning. <c>hops</c> bounds how many relations one condition may pass through.
/// </summary>
internal static class RelationArguments
{
    private static readonly string[] s_fragments = ["ber", "LIN", "pa", "ris", "ma", "ro"];

    public static (string Where, Func<Region, bool> Predicate) Region(Random random, int hops) => Object(random, hops, RegionTerm);

    public static (string Where, Func<Partner, bool> Predicate) Partner(Random random, int hops) => Object(random, hops, PartnerTerm);

    public static (string Where, Func<Project, bool> Predicate) Project(Random random, int hops) => Object(random, hops, ProjectTerm);

    private static (string, Func<City, bool>) City(Random random, int hops) => Object(random, hops, CityTerm);

    private static (string, Func<Participation, bool>) Participation(Random random, int hops) => Object(random, hops, ParticipationTerm);

    // One or two fields of one object (each named once), all of which must match.
    private static (string, Func<T, bool>) Object<T>(Random random, int hops, Func<Random, int, (string, Func<T, bool>)> term)
    {
        List<(string Where, Func<T, bool> Predicate)> parts = [.. Enumerable.Range(0, 1 + random.Next(2)).Select(_ => term(random, hops))
            .DistinctBy(p => p.Item1[..p.Item1.IndexOf(':', StringComparison.Ordinal)])];
        return ("{ " + string.Join(", ", parts.Select(p => p.Where)) + " }", x => parts.All(p => p.Predicate(x)));
    }

    private static (string, Func<T, bool>) List<T, TElement>(Random random, string field, Func<T, IEnumerable<TElement>> list, int hops, Func<Random, int, (string, Func<TElement, bool>)> element)
    {
        int operation = random.Next(4);
        if (operation == 3)
        {
            bool any = random.Next(2) == 0;
            return ($"{field}: {{ any: {(any ? "true" : "false")} }}", x => list(x).Any() == any);
        }

        (string where, Func<TElement, bool> predicate) = element(random, hops - 1);
        return operation switch
        {
            0 => ($"{field}: {{ some: {where} }}", x => list(x).Any(predicate)),
            1 => ($"{field}: {{ none: {where} }}", x => !list(x).Any(predicate)),
            _ => ($"{field}: {{ all: {where} }}", x => list(x).All(predicate)),
        };
    }

    // A condition on a reference matches only objects that have one.
    private static (string, Func<T, bool>) Reference<T, TTarget>(string field, Func<T, TTarget?> reference, (string Where, Func<TTarget, bool> Predicate) target)
        where TTarget : class =>
        ($"{field}: {target.Where}", x => reference(x) is { } r && target.Predicate(r));

    private static (string, Func<Region, bool>) RegionTerm(Random random, int hops)
    {
        switch (hops > 0 ? random.Next(4) : random.Next(2))
        {
            case 0:
                int rank = random.Next(3);
                return ($"rank: {{ gte: {rank} }}", r => r.Rank >= rank);
            case 1:
                string fragment = s_fragments[random.Next(s_fragments.Length)];
                return ($"name: {{ contains: \"{fragment}\" }}", r => r.Name.ToLowerInvariant().Contains(fragment.ToLowerInvariant(), StringComparison.Ordinal));
            case 2:
                return List(random, "cities", (Region r) => r.Cities, hops, City);
            default:
                return List(random, "partners", (Region r) => r.Cities.SelectMany(c => c.Partners), hops, Partner);
        }
    }

    private static (string, Func<City, bool>) CityTerm(Random random, int hops)
    {
        switch (hops > 0 ? random.Next(5) : random.Next(2))
        {
            case 0:
                int population = 1000 * random.Next(8);
                return ($"population: {{ gte: {population} }}", c => c.Population >= population);
            case 1:
                int threshold = 100 * random.Next(5);
                return ($"districts: {{ some: {{ population: {{ gt: {threshold} }} }} }}", c => c.Districts.Any(d => d.Population > threshold));
            case 2:
                return Reference("region", (City c) => c.Region, Region(random, hops - 1));
            default:
                return List(random, "partners", (City c) => c.Partners, hops, Partner);
        }
    }

    private static (string, Func<Partner, bool>) PartnerTerm(Random random, int hops)
    {
        switch (hops > 0 ? random.Next(6) : random.Next(2))
        {
            case 0:
                int staff = 10 * random.Next(6);
                return ($"staff: {{ gt: {staff} }}", p => p.Staff > staff);
            case 1:
                return random.Next(2) == 0 ? ("acronym: { eq: null }", p => p.Acronym is null) : ("acronym: { neq: null }", p => p.Acronym is not null);
            case 2:
                return Reference("city", (Partner p) => p.City, City(random, hops - 1));
            case 3:
                return List(random, "participations", (Partner p) => p.Participations, hops, Participation);
            default:
                return List(random, "projects", (Partner p) => p.Participations.Select(l => l.Project), hops, Project);
        }
    }

    private static (string, Func<Participation, bool>) ParticipationTerm(Random random, int hops)
    {
        switch (hops > 0 ? random.Next(4) : 0)
        {
            case 0:
            case 1:
                ParticipationRole role = (ParticipationRole)random.Next(3);
                return ($"role: {{ eq: {role.ToString().ToUpperInvariant()} }}", l => l.Role == role);
            case 2:
                return Reference("partner", (Participation l) => l.Partner, Partner(random, hops - 1));
            default:
                return Reference("project", (Participation l) => l.Project, Project(random, hops - 1));
        }
    }

    private static (string, Func<Project, bool>) ProjectTerm(Random random, int hops)
    {
        switch (hops > 0 ? random.Next(3) : 0)
        {
            case 0:
            case 1:
                int year = 2014 + random.Next(10);
                return random.Next(2) == 0 ? ($"year: {{ gte: {year} }}", p => p.Year >= year) : ($"year: {{ lt: {year} }}", p => p.Year < year);
            default:
                return List(random, "participations", (Project p) => p.Participations, hops, Participation);
        }
    }
}
