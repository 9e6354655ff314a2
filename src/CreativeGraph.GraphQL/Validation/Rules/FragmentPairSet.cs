namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// The unordered pairs of fragment names already compared by Field Selection Merging, with whether they were
/// compared as mutually exclusive (graphql-js PairSet). A pair compared as not exclusive covers both cases.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<(string, string), bool> _pairs = [];

    public bool Contains(string a, string b, bool areMutuallyExclusive)
    {
        if (!_pairs.TryGetValue(Key(a, b), out bool addedAsExclusive))
        {
            return false;
        }

        return areMutuallyExclusive || !addedAsExclusive;
    }

    public void Add(string a, string b, bool areMutuallyExclusive) => _pairs[Key(a, b)] = areMutuallyExclusive;

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
