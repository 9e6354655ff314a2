namespace CreativeGraph.Persistence.Model;

public enum ParticipationRole
{
    LeadPartner,
    Partner,
    CooperationPartner,
    Initiator,
    Funder,
}
