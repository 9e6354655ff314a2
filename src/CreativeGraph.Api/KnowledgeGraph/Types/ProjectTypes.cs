using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Types;

/// <summary>The relations of programmes, projects, their participations and sectors.</summary>
internal static class ProjectTypes
{
    public static SchemaBuilder AddProjectRelations(this SchemaBuilder builder, PagingDefaults paging) => builder
        .ExtendObjectType(nameof(Programme), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Programme, Region>("region", "The region a regional programme belongs to.", p => p.RegionId, db => db.Regions);
            f.Reference<Programme, Partner>("managingBody", "The body that manages or funds the programme, when a source names it.", p => p.ManagingBodyId, db => db.Partners);
            f.Children<Programme, Project>("projects", "The projects of the programme, by acronym.", p => p.Id, db => db.Projects, x => x.ProgrammeId, ("acronym", false));
            f.Sources<Programme>("The documents that state facts about this programme.", p => p.Id, StoredEntities.Programme);
        })
        .ExtendObjectType(nameof(Project), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Project, Programme>("programme", "The programme that funds the project.", p => p.ProgrammeId, db => db.Programmes);
            f.Reference<Project, Project>("parentProject", "The umbrella project this one is part of.", p => p.ParentProjectId, db => db.Projects);
            f.Children<Project, Project>("subprojects", "The projects that are part of this one.", p => p.Id, db => db.Projects, x => x.ParentProjectId, ("acronym", false));
            f.Children<Project, Participation>("participations", "The partner organisations with their roles, lead partner first.", p => p.Id, db => db.Participations, x => x.ProjectId, ("role", false));
            f.Through<Project, Participation, Partner>("partners", "The partner organisations of the project, by name (roles: `participations`).", p => p.Id, db => db.Participations, l => l.ProjectId, l => l.Partner, ("name", false));
            f.Through<Project, ProjectCity, City>("cities", "The cities the project works in, by name.", p => p.Id, db => db.ProjectCities, l => l.ProjectId, l => l.City, ("name", false));
            f.Through<Project, ProjectRegion, Region>("regions", "The regions the project works in, by name.", p => p.Id, db => db.ProjectRegions, l => l.ProjectId, l => l.Region, ("name", false));
            f.Through<Project, ProjectSector, Sector>("sectors", "The creative-industry sectors the project addresses, by name.", p => p.Id, db => db.ProjectSectors, l => l.ProjectId, l => l.Sector, ("name", false));
            f.Children<Project, ProjectObjective>("objectives", "The project's aim, objectives and approaches, in order.", p => p.Id, db => db.ProjectObjectives, x => x.ProjectId, ("ordinal", false));
            f.Children<Project, ProjectResult>("results", "The project's outputs and results, in order.", p => p.Id, db => db.ProjectResults, x => x.ProjectId, ("ordinal", false));
            f.Children<Project, Event>("events", "The events of the project, oldest first.", p => p.Id, db => db.Events, e => e.ProjectId, ("year", false));
            f.Sources<Project>("The documents that state facts about this project.", p => p.Id, StoredEntities.Project);
        })
        .ExtendObjectType(nameof(Participation), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Participation, Project>("project", "The project.", p => p.ProjectId, db => db.Projects, required: true);
            f.Reference<Participation, Partner>("partner", "The partner organisation.", p => p.PartnerId, db => db.Partners, required: true);
            f.Sources<Participation>("The documents that state this participation.", p => p.Id, StoredEntities.Participation);
        })
        .ExtendObjectType(nameof(Sector), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Through<Sector, ProjectSector, Project>("projects", "The projects that address this sector, by acronym.", s => s.Id, db => db.ProjectSectors, l => l.SectorId, l => l.Project, ("acronym", false));
            f.AlternativeNames<Sector>(s => s.Id, StoredEntities.Sector);
            f.Sources<Sector>("The documents that name this sector.", s => s.Id, StoredEntities.Sector);
        });
}
