using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Data;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Model;
using static CreativeGraph.Api.KnowledgeGraph.Fields.KnowledgeGraphContexts;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// Global object identification: every entity type and the edges that carry data are <c>Node</c>s with a global
/// <c>id</c> (HotChocolate's format), fetched again by <c>node(id:)</c>/<c>nodes(ids:)</c>.
/// </summary>
internal static class KnowledgeGraphNodes
{
    public static SchemaBuilder AddNodes(this SchemaBuilder builder, int maxAllowedNodeBatchSize)
    {
        DataSchema.For(builder)
            .Node<Source>(nameof(Source), x => x.Id, ForNodes(db => db.Sources))
            .Node<Country>(nameof(Country), x => x.Id, ForNodes(db => db.Countries))
            .Node<Region>(nameof(Region), x => x.Id, ForNodes(db => db.Regions))
            .Node<City>(nameof(City), x => x.Id, ForNodes(db => db.Cities))
            .Node<Partner>(nameof(Partner), x => x.Id, ForNodes(db => db.Partners))
            .Node<Person>(nameof(Person), x => x.Id, ForNodes(db => db.People))
            .Node<Programme>(nameof(Programme), x => x.Id, ForNodes(db => db.Programmes))
            .Node<Project>(nameof(Project), x => x.Id, ForNodes(db => db.Projects))
            .Node<Participation>(nameof(Participation), x => x.Id, ForNodes(db => db.Participations))
            .Node<Sector>(nameof(Sector), x => x.Id, ForNodes(db => db.Sectors))
            .Node<Network>(nameof(Network), x => x.Id, ForNodes(db => db.Networks))
            .Node<Membership>(nameof(Membership), x => x.Id, ForNodes(db => db.Memberships))
            .Node<Forum>(nameof(Forum), x => x.Id, ForNodes(db => db.Forums))
            .Node<Event>(nameof(Event), x => x.Id, ForNodes(db => db.Events));
        return builder.ExtendObjectType("Query", t => t.NodeFields(builder, maxAllowedNodeBatchSize));
    }
}
