using CreativeGraph.Api.KnowledgeGraph.Loaders;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Model;
using static CreativeGraph.Api.KnowledgeGraph.KnowledgeGraphResolvers;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// The knowledge-graph schema: the SDL in <c>KnowledgeGraph.graphql</c> (descriptions and shapes) bound
/// to resolvers over EF Core. The root lists are connections with paging, filtering and sorting, defined in code
/// with the data conventions (<see cref="KnowledgeGraphConnections"/>); nested lists stay plain lists.
/// </summary>
internal static class KnowledgeGraphSchema
{
    public static Schema Create() => Bind(new SchemaBuilder().AddSdl(ReadSdl())).AddRootConnections().Build();

    private static SchemaBuilder Bind(SchemaBuilder schema) => schema
        .BindEnumType<RegionKind>("RegionKind")
        .BindEnumType<PartnerKind>("PartnerKind")
        .BindEnumType<ParticipationRole>("ParticipationRole")
        .BindEnumType<ProjectStatus>("ProjectStatus")
        .BindEnumType<MembershipStatus>("MembershipStatus")

        // Query
        .BindResolver("Query", "country", Lookup("code", (db, code) => db.Countries.Where(c => c.Code == code.ToUpperInvariant())))
        .BindResolver("Query", "region", Lookup("slug", (db, slug) => db.Regions.Where(r => r.Slug == slug)))
        .BindResolver("Query", "city", Lookup("slug", (db, slug) => db.Cities.Where(c => c.Slug == slug)))
        .BindResolver("Query", "partner", Lookup("slug", (db, slug) => db.Partners.Where(p => p.Slug == slug)))
        .BindResolver("Query", "project", Lookup("acronym", (db, acronym) => db.Projects.Where(p => p.Acronym.ToUpper() == acronym.ToUpperInvariant())))
        .BindResolver("Query", "person", Lookup("slug", (db, slug) => db.People.Where(p => p.Slug == slug)))

        // Country
        .BindResolver("Country", "regions", Load<Country, RegionsByCountryIdDataLoader, Region[]>(c => c.Id))
        .BindResolver("Country", "cities", Load<Country, CitiesByCountryIdDataLoader, City[]>(c => c.Id))
        .BindResolver("Country", "alternativeNames", AlternativeNames<Country>(EntityTypes.Country, c => c.Code))
        .BindResolver("Country", "sources", Sources<Country>(EntityTypes.Country, c => c.Code))

        // Region
        .BindResolver("Region", "country", Load<Region, CountryByIdDataLoader, Country?>(r => r.CountryId))
        .BindResolver("Region", "cities", Load<Region, CitiesByRegionIdDataLoader, City[]>(r => r.Id))
        .BindResolver("Region", "alternativeNames", AlternativeNames<Region>(EntityTypes.Region, r => r.Slug))
        .BindResolver("Region", "memberships", Load<Region, MembershipsByRegionIdDataLoader, Membership[]>(r => r.Id))
        .BindResolver("Region", "hostedForums", Load<Region, ForumsByHostRegionIdDataLoader, Forum[]>(r => r.Id))
        .BindResolver("Region", "sources", Sources<Region>(EntityTypes.Region, r => r.Slug))

        // City
        .BindResolver("City", "country", Load<City, CountryByIdDataLoader, Country?>(c => c.CountryId))
        .BindResolver("City", "region", Load<City, RegionByIdDataLoader, Region?>(c => c.RegionId))
        .BindResolver("City", "partners", Load<City, PartnersByCityIdDataLoader, Partner[]>(c => c.Id))
        .BindResolver("City", "alternativeNames", AlternativeNames<City>(EntityTypes.City, c => c.Slug))
        .BindResolver("City", "sources", Sources<City>(EntityTypes.City, c => c.Slug))

        // Partner and its participations (edges load with both ends, so project/partner need no resolver)
        .BindResolver("Partner", "city", Load<Partner, CityByIdDataLoader, City?>(p => p.CityId))
        .BindResolver("Partner", "country", Load<Partner, CountryByIdDataLoader, Country?>(p => p.CountryId))
        .BindResolver("Partner", "participations", Load<Partner, ParticipationsByPartnerIdDataLoader, Participation[]>(p => p.Id))
        .BindResolver("Partner", "sources", Sources<Partner>(EntityTypes.Partner, p => p.Slug))
        .BindResolver("Participation", "sources", Sources<Participation>(EntityTypes.Participation, p => EntityKeys.Compose(p.Project.Slug, p.Partner.Slug)))

        // Programme and Project
        .BindResolver("Programme", "projects", Load<Programme, ProjectsByProgrammeIdDataLoader, Project[]>(p => p.Id))
        .BindResolver("Programme", "sources", Sources<Programme>(EntityTypes.Programme, p => p.Slug))
        .BindResolver("Project", "programme", Load<Project, ProgrammeByIdDataLoader, Programme?>(p => p.ProgrammeId))
        .BindResolver("Project", "objectives", LoadThrough<Project, ObjectivesByProjectIdDataLoader, ProjectObjective>(p => p.Id, o => o.Text))
        .BindResolver("Project", "results", Load<Project, ResultsByProjectIdDataLoader, ProjectResult[]>(p => p.Id))
        .BindResolver("Project", "participations", Load<Project, ParticipationsByProjectIdDataLoader, Participation[]>(p => p.Id))
        .BindResolver("Project", "cities", LoadThrough<Project, ProjectCitiesByProjectIdDataLoader, ProjectCity>(p => p.Id, c => c.City))
        .BindResolver("Project", "regions", LoadThrough<Project, ProjectRegionsByProjectIdDataLoader, ProjectRegion>(p => p.Id, r => r.Region))
        .BindResolver("Project", "sectors", LoadThrough<Project, ProjectSectorsByProjectIdDataLoader, ProjectSector>(p => p.Id, s => s.Sector))
        .BindResolver("Project", "sources", Sources<Project>(EntityTypes.Project, p => p.Slug))
        .BindResolver("Sector", "alternativeNames", AlternativeNames<Sector>(EntityTypes.Sector, s => s.Slug))

        // Networks, memberships (loaded with both ends), forums, events
        .BindResolver("Network", "memberships", Load<Network, MembershipsByNetworkIdDataLoader, Membership[]>(n => n.Id))
        .BindResolver("Network", "forums", Load<Network, ForumsByNetworkIdDataLoader, Forum[]>(n => n.Id))
        .BindResolver("Network", "sources", Sources<Network>(EntityTypes.Network, n => n.Slug))
        .BindResolver("Membership", "sources", Sources<Membership>(EntityTypes.Membership, m => EntityKeys.Compose(m.Network.Slug, m.Region.Slug)))
        .BindResolver("Forum", "hostRegion", Load<Forum, RegionByIdDataLoader, Region?>(f => f.HostRegionId))
        .BindResolver("Forum", "hostCity", Load<Forum, CityByIdDataLoader, City?>(f => f.HostCityId))
        .BindResolver("Forum", "network", Load<Forum, NetworkByIdDataLoader, Network?>(f => f.NetworkId))
        .BindResolver("Forum", "sources", Sources<Forum>(EntityTypes.Forum, f => f.Slug))
        .BindResolver("Event", "region", Load<Event, RegionByIdDataLoader, Region?>(e => e.RegionId))
        .BindResolver("Event", "city", Load<Event, CityByIdDataLoader, City?>(e => e.CityId))
        .BindResolver("Event", "project", Load<Event, ProjectByIdDataLoader, Project?>(e => e.ProjectId))
        .BindResolver("Event", "sources", Sources<Event>(EntityTypes.Event, e => e.Slug));

    private static string ReadSdl()
    {
        using Stream stream = typeof(KnowledgeGraphSchema).Assembly.GetManifestResourceStream("CreativeGraph.Api.KnowledgeGraph.graphql")
            ?? throw new InvalidOperationException("The embedded knowledge-graph SDL is missing.");
        using StreamReader reader = new(stream);
        return reader.ReadToEnd();
    }
}
