namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// Sizes and seed of a synthetic knowledge graph (<see cref="SyntheticGraph.Generate"/>). The defaults give the
/// benchmark graph: 100 000 partners and 10 000 projects in 30 countries.
/// </summary>
public sealed class SyntheticGraphOptions
{
    /// <summary>The seed; the same options always give the same graph, row for row.</summary>
    public long Seed { get; set; } = 1;

    /// <summary>Partner organisations (at least 2).</summary>
    public int Partners { get; set; } = 100_000;

    /// <summary>Projects (at least 1).</summary>
    public int Projects { get; set; } = 10_000;

    /// <summary>Countries, taken from a fixed list of European countries (1 to <see cref="MaxCountries"/>).</summary>
    public int Countries { get; set; } = 30;

    /// <summary>Regions per country on average (at least 1).</summary>
    public int RegionsPerCountry { get; set; } = 8;

    /// <summary>Cities per region on average (at least 1).</summary>
    public int CitiesPerRegion { get; set; } = 6;

    /// <summary>Funding programmes.</summary>
    public int Programmes { get; set; } = 60;

    /// <summary>Creative-industry sectors (1 to <see cref="MaxSectors"/>).</summary>
    public int Sectors { get; set; } = 24;

    /// <summary>Networks of regions, each with its memberships and a series of forums.</summary>
    public int Networks { get; set; } = 20;

    /// <summary>Events (conferences, missions, launches …) attached to projects, places, networks or forums.</summary>
    public int Events { get; set; } = 3_000;

    /// <summary>Contact people, each working for a partner.</summary>
    public int People { get; set; } = 10_000;

    /// <summary>Source documents the facts are cited from (at least 1).</summary>
    public int Sources { get; set; } = 40;

    /// <summary>Fewest partners in one project (at least 1).</summary>
    public int MinPartnersPerProject { get; set; } = 2;

    /// <summary>Most partners in one project; sizes between the bounds favour small consortia.</summary>
    public int MaxPartnersPerProject { get; set; } = 30;

    /// <summary>The number of countries <see cref="Countries"/> may ask for.</summary>
    public static int MaxCountries => SyntheticNames.Countries.Count;

    /// <summary>The number of sectors <see cref="Sectors"/> may ask for.</summary>
    public static int MaxSectors => SyntheticNames.Sectors.Count;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Partners, 2, nameof(Partners));
        ArgumentOutOfRangeException.ThrowIfLessThan(Projects, 1, nameof(Projects));
        ArgumentOutOfRangeException.ThrowIfLessThan(Countries, 1, nameof(Countries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Countries, MaxCountries, nameof(Countries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RegionsPerCountry, 1, nameof(RegionsPerCountry));
        ArgumentOutOfRangeException.ThrowIfLessThan(CitiesPerRegion, 1, nameof(CitiesPerRegion));
        ArgumentOutOfRangeException.ThrowIfLessThan(Programmes, 1, nameof(Programmes));
        ArgumentOutOfRangeException.ThrowIfLessThan(Sectors, 1, nameof(Sectors));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Sectors, MaxSectors, nameof(Sectors));
        ArgumentOutOfRangeException.ThrowIfNegative(Networks, nameof(Networks));
        ArgumentOutOfRangeException.ThrowIfNegative(Events, nameof(Events));
        ArgumentOutOfRangeException.ThrowIfNegative(People, nameof(People));
        ArgumentOutOfRangeException.ThrowIfLessThan(Sources, 1, nameof(Sources));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinPartnersPerProject, 1, nameof(MinPartnersPerProject));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPartnersPerProject, MinPartnersPerProject, nameof(MaxPartnersPerProject));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxPartnersPerProject, Partners, nameof(MaxPartnersPerProject));
    }
}
