namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// What a request asks of the cost analysis (HotChocolate: the <c>GraphQL-Cost</c> request header, or
/// <c>ReportCost()</c>/<c>ValidateCost()</c> on its request builder).
/// </summary>
public enum CostReporting
{
    /// <summary>Analyse, enforce the limits, execute; the response says nothing about the cost.</summary>
    None,

    /// <summary>
    /// As <see cref="None"/>, and the response carries <c>extensions.operationCost { fieldCost typeCost }</c>, also when a
    /// limit refused the operation (<c>GraphQL-Cost: report</c>).
    /// </summary>
    Report,

    /// <summary>
    /// Only analyse: the response is <c>extensions.operationCost</c> without <c>data</c>; no resolver runs and no cost
    /// limit applies (<c>GraphQL-Cost: validate</c>). Variables that are missing or invalid do not stop the analysis.
    /// </summary>
    Validate,
}
