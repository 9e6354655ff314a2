namespace CreativeGraph.Persistence.Model;

public enum ProgrammeKind
{
    EuTerritorialCooperation,
    RegionalFrameworkProgramme,
    Other,
}
