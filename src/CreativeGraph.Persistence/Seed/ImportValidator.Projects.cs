using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

internal sealed partial class ImportValidator
{
    private void ValidateProject(RecordLocation at, ProjectRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "project", "slug", r.Slug);
        Text(at, "acronym", r.Acronym);
        Text(at, "title", r.Title);
        Text(at, "localTitle", r.LocalTitle);
        Language(at, "localTitleLanguage", r.LocalTitleLanguage);
        Reference(at, "programme", r.Programme, StoredEntities.Programme);
        Reference(at, "parent", r.Parent, StoredEntities.Project);
        if (r.Parent == r.Slug)
        {
            Fail(at, "parent", "a project cannot be its own parent.");
        }

        Dates(at, "endDate", r.StartDate, r.EndDate);
        if ((r.StartDate is null) != (r.StartDatePrecision is null))
        {
            Fail(at, "startDatePrecision", "is required exactly when startDate is given.");
        }

        if ((r.EndDate is null) != (r.EndDatePrecision is null))
        {
            Fail(at, "endDatePrecision", "is required exactly when endDate is given.");
        }

        Range(at, "budget", (double?)r.Budget, 0, 1e12);
        Currency(at, "budgetCurrency", r.BudgetCurrency, r.Budget is not null);
        Range(at, "euCofinancingRate", (double?)r.EuCofinancingRate, 0, 100);
        Range(at, "statedPartnerCount", r.StatedPartnerCount, 0, int.MaxValue);
        Range(at, "statedCityCount", r.StatedCityCount, 0, int.MaxValue);
        Website(at, "website", r.Website);
        Text(at, "summary", r.Summary, ModelConventions.TextLength);
        Names(at, r.Names);
        Sources(at, r.Sources);

        Ordinals(at, "objectives", r.Objectives.Select(o => o.Ordinal));
        for (int i = 0; i < r.Objectives.Count; i++)
        {
            RecordLocation item = at.Child($"objectives[{i}]", $"objective {r.Objectives[i].Ordinal}");
            Text(item, "text", r.Objectives[i].Text, ModelConventions.TextLength);
            Sources(item, r.Objectives[i].Sources);
        }

        Ordinals(at, "results", r.Results.Select(o => o.Ordinal));
        for (int i = 0; i < r.Results.Count; i++)
        {
            ResultRecord result = r.Results[i];
            RecordLocation item = at.Child($"results[{i}]", $"result {result.Ordinal}");
            Text(item, "title", result.Title);
            Text(item, "localTitle", result.LocalTitle);
            Language(item, "localTitleLanguage", result.LocalTitleLanguage);
            Text(item, "description", result.Description, ModelConventions.TextLength);
            Sources(item, result.Sources);
        }

        for (int i = 0; i < r.Participations.Count; i++)
        {
            ParticipationRecord p = r.Participations[i];
            RecordLocation item = at.Child($"participations[{i}]", $"participation of '{p.Partner}'");
            Reference(item, "partner", p.Partner, StoredEntities.Partner);
            Unique(item, "participation", "partner", EntityKeys.Compose(r.Slug, p.Partner));
            Text(item, "note", p.Note, ModelConventions.TextLength);
            Sources(item, p.Sources);
        }

        Places(at, r.Slug, "cities", r.Cities, StoredEntities.City);
        Places(at, r.Slug, "regions", r.Regions, StoredEntities.Region);
        for (int i = 0; i < r.Sectors.Count; i++)
        {
            ProjectSectorRecord s = r.Sectors[i];
            RecordLocation item = at.Child($"sectors[{i}]", $"sector '{s.Sector}'");
            Reference(item, "sector", s.Sector, StoredEntities.Sector);
            Unique(item, "project sector", "sector", EntityKeys.Compose(r.Slug, s.Sector));
            Text(item, "labelAsWritten", s.LabelAsWritten);
            Sources(item, s.Sources);
        }
    }

    private void Places(RecordLocation at, string project, string list, IReadOnlyList<PlaceRecord> places, EntityDefinition place)
    {
        string kind = place.Name.ToLowerInvariant();
        for (int i = 0; i < places.Count; i++)
        {
            RecordLocation item = at.Child($"{list}[{i}]", $"{kind} '{places[i].Slug}'");
            Reference(item, "slug", places[i].Slug, place);
            Unique(item, "project " + kind, "slug", EntityKeys.Compose(project, places[i].Slug));
            Sources(item, places[i].Sources);
        }
    }
}
