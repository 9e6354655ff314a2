namespace CreativeGraph.Data.Core;

/// <summary>Codes of the data conventions (<c>extensions.code</c>): filtering, sorting, paging, nodes, aggregates.</summary>
public static class DataErrorCodes
{
    // Data conventions (CreativeGraph.Data: filtering, sorting, cursor paging), HotChocolate's codes.

    /// <summary>A null where the filter or sort input does not accept one.</summary>
    public const string FilterValueNull = "HC0026";

    /// <summary><c>first</c>/<c>last</c> (or offset paging's <c>take</c>) above the field's maximum page size.</summary>
    public const string PagingMaxPageSizeExceeded = "HC0051";

    /// <summary>A cursor that does not decode to this field's keyset.</summary>
    public const string PagingCursorInvalid = "HC0078";

    /// <summary>A negative <c>first</c> or <c>last</c> (or offset paging's <c>skip</c> or <c>take</c>).</summary>
    public const string PagingPageSizeNegative = "HC0079";

    /// <summary>More ids given to <c>nodes(ids:)</c> than allowed at once.</summary>
    public const string NodeBatchSizeExceeded = "HC0076";

    /// <summary><c>groupBy(fields:)</c> with no field or more than the aggregates allow.</summary>
    public const string AggregateGroupFieldsOutOfRange = "AGGREGATE_GROUP_FIELDS_OUT_OF_RANGE";

    /// <summary>A <c>groupBy(order:)</c> on a value the groups are not grouped by.</summary>
    public const string AggregateSortNotGrouped = "AGGREGATE_SORT_NOT_GROUPED";

    /// <summary>A value that is not a global ID of this graph (or not of the expected type).</summary>
    public const string NodeIdInvalid = "NODE_ID_INVALID";
}
