using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Types;

/// <summary>The relations of partner organisations and the people the sources name.</summary>
internal static class OrganisationTypes
{
    public static SchemaBuilder AddOrganisationRelations(this SchemaBuilder builder, PagingDefaults paging) => builder
        .ExtendObjectType(nameof(Partner), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Partner, City>("city", "The city the organisation is based in, when known.", p => p.CityId, db => db.Cities);
            f.Reference<Partner, Region>("region", "The region the organisation is based in, when a source names it rather than a city.", p => p.RegionId, db => db.Regions);
            f.Reference<Partner, Country>("country", "The country the organisation is based in.", p => p.CountryId, db => db.Countries);
            f.Children<Partner, Participation>("participations", "The organisation's participations in projects, with its role in each.", p => p.Id, db => db.Participations, x => x.PartnerId, ("role", false));
            f.Through<Partner, Participation, Project>("projects", "The projects the organisation takes part in, by acronym (roles: `participations`).", p => p.Id, db => db.Participations, l => l.PartnerId, l => l.Project, ("acronym", false));
            f.Children<Partner, Person>("people", "The people the sources name as working for the organisation.", p => p.Id, db => db.People, x => x.PartnerId, ("name", false));
            f.Children<Partner, Programme>("managedProgrammes", "The programmes the organisation manages or funds.", p => p.Id, db => db.Programmes, x => x.ManagingBodyId, ("name", false));
            f.AlternativeNames<Partner>(p => p.Id, StoredEntities.Partner);
            f.Sources<Partner>("The documents that state facts about this organisation.", p => p.Id, StoredEntities.Partner);
        })
        .ExtendObjectType(nameof(Person), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Person, Partner>("organisation", "The organisation the person works for, when a source names it.", p => p.PartnerId, db => db.Partners);
            f.Children<Person, MembershipRepresentative>("representations", "The network memberships in which the person represents a region.", p => p.Id, db => db.MembershipRepresentatives, r => r.PersonId);
            f.Sources<Person>("The documents that name this person.", p => p.Id, StoredEntities.Person);
        });
}
