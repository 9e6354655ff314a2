namespace CreativeGraph.Persistence.Model;

public enum RegionKind
{
    AdministrativeRegion,
    State,
    Province,
    AutonomousCommunity,
    Nation,
    MetropolitanRegion,
    CityRegion,
}
