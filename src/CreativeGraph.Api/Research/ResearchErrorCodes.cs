namespace CreativeGraph.Api.Research;

/// <summary>Codes of the research traversals and the network export (<c>extensions.code</c>).</summary>
public static class ResearchErrorCodes
{
    // Research traversals and the network export (CreativeGraph.Api/Research). HotChocolate has no such fields, so
    // the codes are ours; each bound of a traversal has its own code and names the limit in the extensions.

    /// <summary>An <c>ID</c> argument that is not the global ID of a node type the traversals know.</summary>
    public const string ResearchNodeIdInvalid = "RESEARCH_NODE_ID_INVALID";

    /// <summary>A well-formed global ID of a node that does not exist.</summary>
    public const string ResearchNodeNotFound = "RESEARCH_NODE_NOT_FOUND";

    /// <summary>A <c>depth</c> below 0 or above the configured maximum.</summary>
    public const string ResearchDepthOutOfRange = "RESEARCH_DEPTH_OUT_OF_RANGE";

    /// <summary>A <c>maxLength</c> below 0 or above the configured maximum.</summary>
    public const string ResearchPathLengthOutOfRange = "RESEARCH_PATH_LENGTH_OUT_OF_RANGE";

    /// <summary>A <c>first</c> below 1 or above the configured maximum of nodes or paths.</summary>
    public const string ResearchResultSizeOutOfRange = "RESEARCH_RESULT_SIZE_OUT_OF_RANGE";

    /// <summary>A traversal that would visit more nodes than the configured bound.</summary>
    public const string ResearchTraversalTooLarge = "RESEARCH_TRAVERSAL_TOO_LARGE";

    /// <summary>An export request with an unknown format or a malformed or unknown filter value.</summary>
    public const string ResearchExportParameterInvalid = "RESEARCH_EXPORT_PARAMETER_INVALID";

    /// <summary>A collaboration network that would exceed the configured number of partner pairs.</summary>
    public const string ResearchNetworkTooLarge = "RESEARCH_NETWORK_TOO_LARGE";

    /// <summary>A period whose start lies after its end, or that names no programme with years.</summary>
    public const string ResearchPeriodInvalid = "RESEARCH_PERIOD_INVALID";

    /// <summary>A programme, country or network argument that names nothing in the graph.</summary>
    public const string ResearchSelectionNotFound = "RESEARCH_SELECTION_NOT_FOUND";

    /// <summary>A timeline that would list more years than the configured bound.</summary>
    public const string ResearchTimelineTooLong = "RESEARCH_TIMELINE_TOO_LONG";
}
