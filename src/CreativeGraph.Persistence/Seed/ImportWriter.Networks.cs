using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

internal sealed partial class ImportWriter
{
    private void WriteNetwork(NetworkRecord r)
    {
        Network e = GetOrAdd(StoredEntities.Network, r.Slug, () => new Network { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.StatedMemberCount = r.StatedMemberCount;
        e.AnnualFee = r.AnnualFee;
        e.AnnualFeeCurrency = r.AnnualFeeCurrency;
        e.AnnualFeePurpose = r.AnnualFeePurpose;
        e.Description = r.Description;
        Name(StoredEntities.Network, e, r.Names);
        Cite(StoredEntities.Network, e, r.Sources);
    }

    // Written after the forums, because a membership may name the forum at which the region joined.
    private void WriteMemberships(NetworkRecord r)
    {
        Network network = Get(StoredEntities.Network, r.Slug);
        foreach (MembershipRecord m in r.Memberships)
        {
            Region region = Get(StoredEntities.Region, m.Region);
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
            e.JoinedAtForum = Optional(StoredEntities.Forum, m.JoinedAtForum);
            e.ExcludedEarliestYear = m.ExcludedEarliestYear;
            e.ExcludedLatestYear = m.ExcludedLatestYear;
            e.Note = m.Note;
            string key = StoredEntities.Membership.KeyOf(e);
            Cite(StoredEntities.Membership.Name, key, m.Sources);

            foreach (RepresentativeRecord rep in m.Representatives)
            {
                Person person = Get(StoredEntities.Person, rep.Person);
                MembershipRepresentative? link = e.Representatives.Find(x => x.Person == person);
                if (link is null)
                {
                    link = new MembershipRepresentative { Membership = e, Person = person };
                    e.Representatives.Add(link);
                    db.Add(link);
                }

                link.AppointedOn = rep.AppointedOn;
                Cite(StoredEntities.MembershipRepresentative, link, rep.Sources);
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
                Cite(StoredEntities.MembershipPriority.Name, EntityKeys.Compose(key, p.Ordinal), p.Sources);
            }
        }
    }
}
