using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Types;

/// <summary>The relations of networks, memberships, forums and events.</summary>
internal static class NetworkTypes
{
    public static SchemaBuilder AddNetworkRelations(this SchemaBuilder builder, PagingDefaults paging) => builder
        .ExtendObjectType(nameof(Network), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Children<Network, Membership>("memberships", "The memberships of regions, current and ended, members first.", n => n.Id, db => db.Memberships, m => m.NetworkId, ("status", false));
            f.Children<Network, Forum>("forums", "The forum editions of the network, oldest first.", n => n.Id, db => db.Forums, x => x.NetworkId, ("ordinal", false));
            f.Children<Network, Event>("events", "The events of the network, oldest first.", n => n.Id, db => db.Events, e => e.NetworkId, ("year", false));
            f.Sources<Network>("The documents that state facts about this network.", n => n.Id, StoredEntities.Network);
        })
        .ExtendObjectType(nameof(Membership), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Membership, Region>("region", "The member region.", m => m.RegionId, db => db.Regions, required: true);
            f.Reference<Membership, Network>("network", "The network.", m => m.NetworkId, db => db.Networks, required: true);
            f.Reference<Membership, Forum>("joinedAtForum", "The forum edition during which the region was admitted.", m => m.JoinedAtForumId, db => db.Forums);
            f.Children<Membership, MembershipRepresentative>("representatives", "The people appointed to represent the region in the network.", m => m.Id, db => db.MembershipRepresentatives, r => r.MembershipId);
            f.Children<Membership, MembershipPriority>("priorities", "The focus areas the region pursues in the network, in order.", m => m.Id, db => db.MembershipPriorities, p => p.MembershipId, ("ordinal", false));
            f.Sources<Membership>("The documents that state this membership.", m => m.Id, StoredEntities.Membership);
        })
        .ExtendObjectType(nameof(MembershipRepresentative), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<MembershipRepresentative, Person>("person", "The representative.", r => r.PersonId, db => db.People, required: true);
            f.Reference<MembershipRepresentative, Membership>("membership", "The membership the person represents.", r => r.MembershipId, db => db.Memberships, required: true);
            f.Sources<MembershipRepresentative>("The documents that state this appointment.", r => r.Id, StoredEntities.MembershipRepresentative);
        })
        .ExtendObjectType(nameof(Forum), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Forum, Network>("network", "The network the forum belongs to.", x => x.NetworkId, db => db.Networks, required: true);
            f.Reference<Forum, Region>("hostRegion", "The region that hosted the edition.", x => x.HostRegionId, db => db.Regions, required: true);
            f.Reference<Forum, City>("hostCity", "The city that hosted the edition, when named.", x => x.HostCityId, db => db.Cities);
            f.Children<Forum, Membership>("admittedMemberships", "The memberships of the regions admitted during this edition.", x => x.Id, db => db.Memberships, m => m.JoinedAtForumId);
            f.Children<Forum, Event>("events", "The events held around this edition.", x => x.Id, db => db.Events, e => e.ForumId, ("year", false));
            f.Sources<Forum>("The documents that state facts about this edition.", x => x.Id, StoredEntities.Forum);
        })
        .ExtendObjectType(nameof(Event), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<Event, Region>("region", "The region where it happened.", e => e.RegionId, db => db.Regions);
            f.Reference<Event, City>("city", "The city where it happened.", e => e.CityId, db => db.Cities);
            f.Reference<Event, Project>("project", "The project it belongs to.", e => e.ProjectId, db => db.Projects);
            f.Reference<Event, Network>("network", "The network it belongs to.", e => e.NetworkId, db => db.Networks);
            f.Reference<Event, Forum>("forum", "The forum edition it belongs to or announces.", e => e.ForumId, db => db.Forums);
            f.Sources<Event>("The documents that report the event.", e => e.Id, StoredEntities.Event);
        });
}
