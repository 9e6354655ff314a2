using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

internal sealed partial class ImportWriter
{
    private void WriteNetwork(NetworkRecord r)
    {
        Network e = GetOrAdd(index.Networks, r.Slug, () => new Network { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.StatedMemberCount = r.StatedMemberCount;
        e.AnnualFee = r.AnnualFee;
        e.AnnualFeeCurrency = r.AnnualFeeCurrency;
        e.AnnualFeePurpose = r.AnnualFeePurpose;
        e.Description = r.Description;
        Name(EntityTypes.Network, r.Slug, r.Names);
        Cite(EntityTypes.Network, r.Slug, r.Sources);
    }

    // Written after the forums, because a membership may name the forum at which the region joined.
    private void WriteMemberships(NetworkRecord r)
    {
        Network network = index.Networks[r.Slug];
        foreach (MembershipRecord m in r.Memberships)
        {
            Region region = index.Regions[m.Region];
            Membership? e = network.Memberships.Find(x => x.Region == region);
            if (e is null)
            {
                e = new Membership { Network = network, Region = region };
                network.Memberships.Add(e);
                db.Add(e);
            }

            e.Status = m.Status;
            e.ApplicationDecidedOn = m.ApplicationDecidedOn;
            e.JoinedOn = m.JoinedOn;
            e.JoinedAtForum = Optional(index.Forums, m.JoinedAtForum);
            e.ExcludedEarliestYear = m.ExcludedEarliestYear;
            e.ExcludedLatestYear = m.ExcludedLatestYear;
            e.Note = m.Note;
            string key = EntityKeys.Compose(r.Slug, m.Region);
            Cite(EntityTypes.Membership, key, m.Sources);

            foreach (RepresentativeRecord rep in m.Representatives)
            {
                Person person = index.People[rep.Person];
                MembershipRepresentative? link = e.Representatives.Find(x => x.Person == person);
                if (link is null)
                {
                    link = new MembershipRepresentative { Membership = e, Person = person };
                    e.Representatives.Add(link);
                    db.Add(link);
                }

                link.AppointedOn = rep.AppointedOn;
                Cite(EntityTypes.MembershipRepresentative, EntityKeys.Compose(key, rep.Person), rep.Sources);
            }

            foreach (PriorityRecord p in m.Priorities)
            {
                MembershipPriority? priority = e.Priorities.Find(x => x.Ordinal == p.Ordinal);
                if (priority is null)
                {
                    priority = new MembershipPriority { Membership = e, Ordinal = p.Ordinal, Text = p.Text };
                    e.Priorities.Add(priority);
                    db.Add(priority);
                }

                priority.Text = p.Text;
                priority.LocalText = p.LocalText;
                Cite(EntityTypes.MembershipPriority, EntityKeys.Compose(key, p.Ordinal), p.Sources);
            }
        }
    }
}
