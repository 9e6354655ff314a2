namespace CreativeGraph.Persistence.Model;

public enum PartnerKind
{
    Other,
    Municipality,
    RegionalAuthority,
    DevelopmentAgency,
    Foundation,
    ResearchInstitute,
    Company,
    Cluster,
    Association,
    ChamberOfCommerce,
    GovernmentBody,
    EuInstitution,
}
