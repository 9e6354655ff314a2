using System.Diagnostics;
using CreativeGraph.GraphQL.Execution.Diagnostics;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>A data loader batch as telemetry sees it: a span around the fetch (its statements nest under it) and its size.</summary>
public abstract partial class DataLoaderBase<TKey, TValue>
{
    private async Task FetchObservedAsync(List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch, CancellationToken cancellationToken)
    {
        string loader = GraphQLTelemetry.LoaderName(GetType());
        GraphQLTelemetry.BatchSize.Record(batch.Count, new KeyValuePair<string, object?>(GraphQLTelemetry.LoaderNameAttribute, loader));
        using Activity? activity = GraphQLTelemetry.StartSpan(GraphQLTelemetry.BatchSpan);
        activity?.SetTag(GraphQLTelemetry.LoaderNameAttribute, loader);
        activity?.SetTag(GraphQLTelemetry.BatchSizeAttribute, batch.Count);
        try
        {
            await FetchAsync(batch, cancellationToken).ConfigureAwait(true);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
