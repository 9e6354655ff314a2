#!/usr/bin/env bash
# Regenerates the SQL snapshots from scratch after an intended change of SQL shape: deletes them, runs the tests
# that write them on SQLite and on PostgreSQL (a throw-away server from .ci/postgres.sh), runs the same tests again
# in strict mode to show the new snapshots are stable, then lists what changed. Review the diff like code.
#
#   bash tests/regenerate-snapshots.sh            # the Data tests' snapshots and the operation snapshots
#   bash tests/regenerate-snapshots.sh data       # tests/CreativeGraph.Data.Tests/{Sqlite,Postgres}/__snapshots__
#   bash tests/regenerate-snapshots.sh api        # tests/CreativeGraph.Api.Tests/Snapshots/__snapshots__
set -eo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(data api)

# CI=true: a PostgreSQL test fails instead of skipping when the server is missing, so no provider is left out.
export CI=true
source .ci/postgres.sh

for target in "${targets[@]}"; do
    case "$target" in
        data)
            project=tests/CreativeGraph.Data.Tests
            filter="FullyQualifiedName~CreativeGraph.Data.Tests"
            find "$project/Sqlite/__snapshots__" "$project/Postgres/__snapshots__" -name '*.snap' -delete 2>/dev/null || true
            ;;
        api)
            project=tests/CreativeGraph.Api.Tests
            filter="FullyQualifiedName~OperationSnapshotTests"
            find "$project/Snapshots/__snapshots__" -name '*OperationSnapshotTests.*.snap' -delete 2>/dev/null || true
            ;;
        *)
            echo "regenerate-snapshots.sh: unknown target '$target' (data or api)" >&2
            exit 2
            ;;
    esac

    rm -rf "$project"/*/__snapshots__/__mismatch__ "$project"/__snapshots__/__mismatch__
    echo "== $target: writing the snapshots"
    SNAPSHOOTER_STRICT_MODE=false dotnet test "$project" --filter "$filter"
    echo "== $target: again in strict mode (a statement order that depends on timing fails here)"
    SNAPSHOOTER_STRICT_MODE=true dotnet test "$project" --no-build --filter "$filter"
done

git status --short -- tests
