namespace CreativeGraph.Data.Tests.Snapshots;

/// <summary>The unified diff that snapshot and contract failures print (tests/Shared/TextDiff.cs).</summary>
public sealed class TextDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff() => Assert.Equal("", TextDiff.Of("a\nb", "a\nb"));

    [Fact]
    public void A_changed_line_is_shown_with_three_lines_of_context_under_a_hunk_header()
    {
        string before = "1\n2\n3\n4\n5\n6\n7\n8\n9";
        string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9";

        Assert.Equal("@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8", TextDiff.Of(before, after));
    }

    [Fact]
    public void Moved_lines_are_matched_by_their_longest_common_subsequence()
    {
        // The statement moved from first to last: the others stay context, not a remove-all-add-all block.
        Assert.Equal(
            "@@ -1,4 +1,4 @@\n-A\n B\n C\n D\n+A",
            TextDiff.Of("A\nB\nC\nD", "B\nC\nD\nA"));
    }

    [Fact]
    public void Changes_far_apart_get_hunks_of_their_own()
    {
        string before = string.Join('\n', Enumerable.Range(1, 20));
        string after = before.Replace("\n2\n", "\ntwo\n", StringComparison.Ordinal).Replace("\n19\n", "\nnineteen\n", StringComparison.Ordinal);

        Assert.Equal(
            "@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20",
            TextDiff.Of(before, after));
    }

    [Fact]
    public void Added_lines_are_counted_on_the_actual_side_only()
    {
        Assert.Equal("@@ -1,1 +1,2 @@\n a\n+b", TextDiff.Of("a", "a\nb"));
        Assert.Equal("@@ -1,1 +1,2 @@\n+a\n x", TextDiff.Of("x", "a\nx"));
    }
}
