using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

internal sealed partial class ImportWriter
{
    private void WriteProject(ProjectRecord r)
    {
        Project e = GetOrAdd(StoredEntities.Project, r.Slug, () => new Project { Slug = r.Slug, Acronym = r.Acronym, Title = r.Title, Summary = r.Summary });
        e.Acronym = r.Acronym;
        e.Title = r.Title;
        e.LocalTitle = r.LocalTitle;
        e.LocalTitleLanguage = r.LocalTitleLanguage;
        e.Programme = Optional(StoredEntities.Programme, r.Programme);
        e.StartDate = r.StartDate;
        e.StartDatePrecision = r.StartDatePrecision;
        e.EndDate = r.EndDate;
        e.EndDatePrecision = r.EndDatePrecision;
        e.Status = r.Status;
        e.Budget = r.Budget;
        e.BudgetCurrency = r.BudgetCurrency;
        e.EuCofinancingRate = r.EuCofinancingRate;
        e.StatedPartnerCount = r.StatedPartnerCount;
        e.StatedCityCount = r.StatedCityCount;
        e.Website = Url(r.Website);
        e.Summary = r.Summary;
        Name(StoredEntities.Project, e, r.Names);
        Cite(StoredEntities.Project, e, r.Sources);
    }

    // Second pass: the parent may be defined later in the batch.
    private void WriteProjectEdges(ProjectRecord r)
    {
        Project project = Get(StoredEntities.Project, r.Slug);
        project.ParentProject = Optional(StoredEntities.Project, r.Parent);

        foreach (ObjectiveRecord o in r.Objectives)
        {
            ProjectObjective? e = project.Objectives.Find(x => x.Ordinal == o.Ordinal);
            if (e is null)
            {
                e = new ProjectObjective { Project = project, Ordinal = o.Ordinal, Text = o.Text };
                project.Objectives.Add(e);
                db.Add(e);
            }

            e.Kind = o.Kind;
            e.Text = o.Text;
            Cite(StoredEntities.ProjectObjective.Name, EntityKeys.Compose(r.Slug, o.Ordinal), o.Sources);
        }

        foreach (ResultRecord o in r.Results)
        {
            ProjectResult? e = project.Results.Find(x => x.Ordinal == o.Ordinal);
            if (e is null)
            {
                e = new ProjectResult { Project = project, Ordinal = o.Ordinal, Title = o.Title };
                project.Results.Add(e);
                db.Add(e);
            }

            e.Title = o.Title;
            e.LocalTitle = o.LocalTitle;
            e.LocalTitleLanguage = o.LocalTitleLanguage;
            e.Description = o.Description;
            Cite(StoredEntities.ProjectResult.Name, EntityKeys.Compose(r.Slug, o.Ordinal), o.Sources);
        }

        foreach (ParticipationRecord p in r.Participations)
        {
            Partner partner = Get(StoredEntities.Partner, p.Partner);
            Participation? e = project.Participations.Find(x => x.Partner == partner);
            if (e is null)
            {
                e = new Participation { Project = project, Partner = partner };
                project.Participations.Add(e);
                db.Add(e);
            }

            e.Role = p.Role;
            e.Note = p.Note;
            Cite(StoredEntities.Participation, e, p.Sources);
        }

        foreach (PlaceRecord c in r.Cities)
        {
            City city = Get(StoredEntities.City, c.Slug);
            ProjectCity? e = project.Cities.Find(x => x.City == city);
            if (e is null)
            {
                e = new ProjectCity { Project = project, City = city };
                project.Cities.Add(e);
                db.Add(e);
            }

            Cite(StoredEntities.ProjectCity, e, c.Sources);
        }

        foreach (PlaceRecord g in r.Regions)
        {
            Region region = Get(StoredEntities.Region, g.Slug);
            ProjectRegion? e = project.Regions.Find(x => x.Region == region);
            if (e is null)
            {
                e = new ProjectRegion { Project = project, Region = region };
                project.Regions.Add(e);
                db.Add(e);
            }

            Cite(StoredEntities.ProjectRegion, e, g.Sources);
        }

        foreach (ProjectSectorRecord s in r.Sectors)
        {
            Sector sector = Get(StoredEntities.Sector, s.Sector);
            ProjectSector? e = project.Sectors.Find(x => x.Sector == sector);
            if (e is null)
            {
                e = new ProjectSector { Project = project, Sector = sector };
                project.Sectors.Add(e);
                db.Add(e);
            }

            e.LabelAsWritten = s.LabelAsWritten;
            Cite(StoredEntities.ProjectSector, e, s.Sources);
        }
    }
}
