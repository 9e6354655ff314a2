using CreativeGraph.Persistence.Search;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>The columns of a keep.eu-style export that the CSV import reads; other columns are ignored.</summary>
public enum KeepEuColumn
{
    ProjectAcronym,
    ProjectTitle,
    Programme,
    ProgrammePeriod,
    StartDate,
    EndDate,
    TotalBudget,
    EuCofinancing,
    PartnerName,
    PartnerRole,
    Country,
    NutsCode,
    NutsName,
    City,
}

/// <summary>
/// Header names as keep.eu and hand-made tables write them. A header is compared after <see cref="SearchNormalizer"/>
/// (case, accents, spaces, underscores and punctuation do not matter): "Project acronym", "project_acronym" and
/// "PROJECT-ACRONYM" are one column.
/// </summary>
public static class KeepEuColumns
{
    /// <summary>The columns a file must have; the others may be missing (their values are then unknown).</summary>
    public static IReadOnlyList<KeepEuColumn> Required { get; } =
        [KeepEuColumn.ProjectAcronym, KeepEuColumn.Programme, KeepEuColumn.PartnerName, KeepEuColumn.Country];

    private static readonly Dictionary<string, KeepEuColumn> s_aliases = Build(new()
    {
        [KeepEuColumn.ProjectAcronym] = ["project acronym", "acronym", "project"],
        [KeepEuColumn.ProjectTitle] = ["project title", "project name", "title", "name of the project"],
        [KeepEuColumn.Programme] = ["programme", "program", "programme name", "program name", "funding programme"],
        [KeepEuColumn.ProgrammePeriod] = ["programme period", "program period", "period", "programming period", "programme periods"],
        [KeepEuColumn.StartDate] = ["start date", "project start date", "start", "date of start", "starting date"],
        [KeepEuColumn.EndDate] = ["end date", "project end date", "end", "date of end", "ending date"],
        [KeepEuColumn.TotalBudget] = ["total budget", "budget", "project budget", "total project budget", "total budget eur", "total budget eur"],
        [KeepEuColumn.EuCofinancing] =
            ["eu co financing", "eu cofinancing", "eu co financing eur", "eu funding", "erdf", "erdf amount", "erdf co financing", "eu contribution", "eu co financing rate"],
        [KeepEuColumn.PartnerName] = ["partner name", "partner", "organisation", "organization", "organisation name", "organization name", "beneficiary", "partner organisation"],
        [KeepEuColumn.PartnerRole] = ["partner role", "role", "type of partner", "partner type", "partner status"],
        [KeepEuColumn.Country] = ["country", "partner country", "country code", "country name", "country iso"],
        [KeepEuColumn.NutsCode] = ["nuts code", "nuts", "nuts region code", "nuts 3 code", "nuts3 code", "nuts 2 code", "nuts2 code", "partner nuts code", "nuts id"],
        [KeepEuColumn.NutsName] = ["nuts name", "nuts region", "nuts region name", "region", "nuts 3 name", "nuts3 name", "nuts 2 name", "partner region"],
        [KeepEuColumn.City] = ["city", "partner city", "town", "municipality", "city town"],
    });

    /// <summary>The column a header cell names, or null for a column the import does not read.</summary>
    public static KeepEuColumn? Recognise(string header) =>
        s_aliases.TryGetValue(SearchNormalizer.Normalize(header), out KeepEuColumn column) ? column : null;

    /// <summary>How the column is called in messages (its first alias).</summary>
    public static string Label(KeepEuColumn column) => column switch
    {
        KeepEuColumn.ProjectAcronym => "project acronym",
        KeepEuColumn.ProjectTitle => "project title",
        KeepEuColumn.Programme => "programme",
        KeepEuColumn.ProgrammePeriod => "programme period",
        KeepEuColumn.StartDate => "start date",
        KeepEuColumn.EndDate => "end date",
        KeepEuColumn.TotalBudget => "total budget",
        KeepEuColumn.EuCofinancing => "EU co-financing",
        KeepEuColumn.PartnerName => "partner name",
        KeepEuColumn.PartnerRole => "partner role",
        KeepEuColumn.Country => "country",
        KeepEuColumn.NutsCode => "NUTS code",
        KeepEuColumn.NutsName => "NUTS name",
        _ => "city",
    };

    private static Dictionary<string, KeepEuColumn> Build(Dictionary<KeepEuColumn, string[]> aliases)
    {
        var byName = new Dictionary<string, KeepEuColumn>(StringComparer.Ordinal);
        foreach ((KeepEuColumn column, string[] names) in aliases)
        {
            foreach (string name in names)
            {
                byName.TryAdd(SearchNormalizer.Normalize(name), column);
            }
        }

        return byName;
    }
}
