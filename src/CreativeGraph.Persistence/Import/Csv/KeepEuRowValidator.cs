using System.Globalization;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// Checks each row on its own (values present and well-formed, dates in order, amounts not negative, a known country)
/// and against the earlier rows of the file (a project stated twice states the same title, dates and budget; an
/// organisation takes part in a project in one role).
/// </summary>
internal static class KeepEuRowValidator
{
    public static (List<KeepEuParticipation> Accepted, List<RejectedRow> Rejected) Validate(IReadOnlyList<KeepEuRow> rows, CountryDirectory countries)
    {
        List<KeepEuParticipation> accepted = new(rows.Count);
        List<RejectedRow> rejected = [];
        var projects = new Dictionary<(string, string), KeepEuParticipation>();
        var participations = new Dictionary<((string, string), (string, string)), KeepEuParticipation>();
        foreach (KeepEuRow row in rows)
        {
            if (Check(row, countries, out KeepEuParticipation? line) is RejectedRow refused)
            {
                rejected.Add(refused);
                continue;
            }

            if (projects.TryGetValue(line!.ProjectKey, out KeepEuParticipation? first) && Difference(first, line) is string what)
            {
                rejected.Add(new RejectedRow(row.Line, CsvImportCodes.Conflict,
                    $"project '{line.Acronym}' of '{line.Programme}' has a different {what} than on line {first.Line}"));
                continue;
            }

            if (participations.TryGetValue((line.ProjectKey, line.PartnerKey), out KeepEuParticipation? earlier) && earlier.Role != line.Role)
            {
                rejected.Add(new RejectedRow(row.Line, CsvImportCodes.Conflict,
                    $"'{line.PartnerName}' takes part in '{line.Acronym}' as {line.Role} here but as {earlier.Role} on line {earlier.Line}"));
                continue;
            }

            projects.TryAdd(line.ProjectKey, line);
            participations.TryAdd((line.ProjectKey, line.PartnerKey), line);
            accepted.Add(line);
        }

        return (accepted, rejected);
    }

    private static string? Difference(KeepEuParticipation a, KeepEuParticipation b) =>
        a.Title != b.Title ? "title"
        : a.StartDate != b.StartDate ? "start date"
        : a.EndDate != b.EndDate ? "end date"
        : a.Budget != b.Budget ? "total budget"
        : a.EuCofinancingRate != b.EuCofinancingRate ? "EU co-financing"
        : (a.PeriodStart, a.PeriodEnd) != (b.PeriodStart, b.PeriodEnd) ? "programme period"
        : null;

    private static RejectedRow? Check(KeepEuRow row, CountryDirectory countries, out KeepEuParticipation? line)
    {
        line = null;
        RejectedRow Reject(string code, string reason) => new(row.Line, code, reason);

        foreach (KeepEuColumn column in KeepEuColumns.Required)
        {
            if (row[column] is null)
            {
                return Reject(CsvImportCodes.MissingValue, $"the {KeepEuColumns.Label(column)} is empty");
            }
        }

        foreach (KeepEuColumn column in Enum.GetValues<KeepEuColumn>())
        {
            if (row[column] is { Length: > ModelConventions.NameLength } tooLong)
            {
                return Reject(CsvImportCodes.TooLong, $"the {KeepEuColumns.Label(column)} has {tooLong.Length} characters; at most {ModelConventions.NameLength} are stored");
            }
        }

        DateOnly? start = null, end = null;
        if (row[KeepEuColumn.StartDate] is string startText)
        {
            if (!KeepEuValues.TryDate(startText, out DateOnly day))
            {
                return Reject(CsvImportCodes.BadDate, $"start date '{startText}' is not a date (yyyy-mm-dd, dd/mm/yyyy or dd.mm.yyyy)");
            }

            start = day;
        }

        if (row[KeepEuColumn.EndDate] is string endText)
        {
            if (!KeepEuValues.TryDate(endText, out DateOnly day))
            {
                return Reject(CsvImportCodes.BadDate, $"end date '{endText}' is not a date (yyyy-mm-dd, dd/mm/yyyy or dd.mm.yyyy)");
            }

            end = day;
        }

        if (start > end)
        {
            return Reject(CsvImportCodes.BadDate, $"the project ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
        }

        int? periodStart = null, periodEnd = null;
        if (row[KeepEuColumn.ProgrammePeriod] is string periodText)
        {
            if (!KeepEuValues.TryPeriod(periodText, out int from, out int to))
            {
                return Reject(CsvImportCodes.BadPeriod, $"programme period '{periodText}' is not 'yyyy - yyyy' with the start not after the end");
            }

            (periodStart, periodEnd) = (from, to);
        }

        decimal? budget = null;
        if (row[KeepEuColumn.TotalBudget] is string budgetText)
        {
            if (!KeepEuValues.TryAmount(budgetText, out decimal amount) || amount < 0)
            {
                return Reject(CsvImportCodes.BadAmount, $"total budget '{budgetText}' is not an amount of zero or more");
            }

            budget = amount;
        }

        decimal? rate = null;
        if (row[KeepEuColumn.EuCofinancing] is string euText)
        {
            bool percent = euText.EndsWith('%');
            if (!KeepEuValues.TryAmount(euText.TrimEnd('%'), out decimal eu) || eu < 0 || (percent && eu > 100))
            {
                return Reject(CsvImportCodes.BadAmount, $"EU co-financing '{euText}' is not an amount of zero or more (or a rate up to 100 %)");
            }

            if (!percent && budget is decimal total && eu > total)
            {
                return Reject(CsvImportCodes.BadAmount, $"EU co-financing {eu.ToString(CultureInfo.InvariantCulture)} is more than the total budget {total.ToString(CultureInfo.InvariantCulture)}");
            }

            rate = percent ? eu : budget is > 0 ? Math.Round(eu / budget.Value * 100, 2) : null;
        }

        if (KeepEuValues.Role(row[KeepEuColumn.PartnerRole]) is not ParticipationRole role)
        {
            return Reject(CsvImportCodes.BadRole, $"partner role '{row[KeepEuColumn.PartnerRole]}' is none of lead partner, partner, associated partner");
        }

        if (!countries.TryResolve(row[KeepEuColumn.Country]!, out string code, out string countryName))
        {
            return Reject(CsvImportCodes.UnknownCountry, $"country '{row[KeepEuColumn.Country]}' is neither an ISO 3166-1 code nor a country name the graph knows");
        }

        line = new KeepEuParticipation
        {
            Line = row.Line,
            Acronym = row[KeepEuColumn.ProjectAcronym]!,
            Title = row[KeepEuColumn.ProjectTitle],
            Programme = row[KeepEuColumn.Programme]!,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            StartDate = start,
            EndDate = end,
            Budget = budget,
            EuCofinancingRate = rate,
            PartnerName = row[KeepEuColumn.PartnerName]!,
            Role = role,
            CountryCode = code,
            CountryName = countryName,
            NutsCode = row[KeepEuColumn.NutsCode]?.ToUpperInvariant(),
            NutsName = row[KeepEuColumn.NutsName],
            City = row[KeepEuColumn.City],
            ProjectKey = (SearchNormalizer.Normalize(row[KeepEuColumn.ProjectAcronym]!), SearchNormalizer.Normalize(row[KeepEuColumn.Programme]!)),
            PartnerKey = (OrganisationNameKey.Of(row[KeepEuColumn.PartnerName]!), code),
        };
        return null;
    }
}
