using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Types;

/// <summary>The relations of places: countries, regions and cities, in both directions.</summary>
internal static class PlaceTypes
{
    public static SchemaBuilder AddPlaceRelations(this SchemaBuilder builder, PagingDefaults paging) => builder
        .ExtendObjectType(nameof(Country), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Children<Country, Region>("regions", "The regions of the graph in this country, by name.", c => c.Id, db => db.Regions, r => r.CountryId, ("name", false));
            f.Children<Country, City>("cities", "The cities of the graph in this country, by name.", c => c.Id, db => db.Cities, c => c.CountryId, ("name", false));
            f.Children<Country, Partner>("partners", "The partner organisations based in this country, by name.", c => c.Id, db => db.Partners, p => p.CountryId, ("name", false));
            f.AlternativeNames<Country>(c => c.Id, StoredEntities.Country);
            f.Sources<Country>("The documents that state facts about this country.", c => c.Id, StoredEntities.Country);
        })
        .ExtendObjectType(nameof(Region), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Region, Country>("country", "The country the region lies in.", r => r.CountryId, db => db.Countries, required: true);
            f.Children<Region, City>("cities", "The cities of the graph in this region, by name.", r => r.Id, db => db.Cities, c => c.RegionId, ("name", false));
            f.Through<Region, LocatedPartner, Partner>(
                "partners",
                "The partner organisations located in this region, directly or through their city, by name.",
                r => r.Id,
                LocatedPartner.ByRegion,
                l => l.PlaceId,
                l => l.Partner,
                ("name", false));
            f.Children<Region, Membership>("memberships", "The region's memberships in networks, current and ended.", r => r.Id, db => db.Memberships, m => m.RegionId, ("joinedOn", false));
            f.Children<Region, Forum>("hostedForums", "The forum editions this region hosted, oldest first.", r => r.Id, db => db.Forums, x => x.HostRegionId, ("year", false));
            f.Through<Region, ProjectRegion, Project>("projects", "The projects that work in this region, by acronym.", r => r.Id, db => db.ProjectRegions, l => l.RegionId, l => l.Project, ("acronym", false));
            f.Children<Region, Programme>("programmes", "The regional programmes of this region, by name.", r => r.Id, db => db.Programmes, p => p.RegionId, ("name", false));
            f.Children<Region, Event>("events", "The events that took place (or are planned) in this region, oldest first.", r => r.Id, db => db.Events, e => e.RegionId, ("year", false));
            f.AlternativeNames<Region>(r => r.Id, StoredEntities.Region);
            f.Sources<Region>("The documents that state facts about this region.", r => r.Id, StoredEntities.Region);
        })
        .ExtendObjectType(nameof(City), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<City, Country>("country", "The country the city lies in.", c => c.CountryId, db => db.Countries, required: true);
            f.Reference<City, Region>("region", "The region the city lies in, when the graph knows it.", c => c.RegionId, db => db.Regions);
            f.Children<City, Partner>("partners", "The partner organisations based in this city, by name.", c => c.Id, db => db.Partners, p => p.CityId, ("name", false));
            f.Through<City, ProjectCity, Project>("projects", "The projects that work in this city, by acronym.", c => c.Id, db => db.ProjectCities, l => l.CityId, l => l.Project, ("acronym", false));
            f.Children<City, Forum>("hostedForums", "The forum editions this city hosted, oldest first.", c => c.Id, db => db.Forums, x => x.HostCityId, ("year", false));
            f.Children<City, Event>("events", "The events that took place (or are planned) in this city, oldest first.", c => c.Id, db => db.Events, e => e.CityId, ("year", false));
            f.AlternativeNames<City>(c => c.Id, StoredEntities.City);
            f.Sources<City>("The documents that state facts about this city.", c => c.Id, StoredEntities.City);
        });
}
