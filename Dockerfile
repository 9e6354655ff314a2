# syntax=docker/dockerfile:1
# CreativeGraph: build and test on the SDK image, run on the ASP.NET Core runtime image as a non-root user.
# The embedded SQLite database lives on the /data volume; PostgreSQL is selected by configuration
# (Database__Provider=Postgres, ConnectionStrings__KnowledgeGraph=...).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Node/npm install the Banana Cake Pop IDE bundle from npm during the build (an MSBuild target runs npm ci).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /source
# Restore first, on the project files only, so the layer is cached while sources change.
COPY global.json Directory.Build.props Directory.Packages.props CreativeGraph.sln .editorconfig ./
COPY src/CreativeGraph.GraphQL/CreativeGraph.GraphQL.csproj src/CreativeGraph.GraphQL/
COPY src/CreativeGraph.GraphQL.AspNetCore/CreativeGraph.GraphQL.AspNetCore.csproj src/CreativeGraph.GraphQL.AspNetCore/
COPY src/CreativeGraph.Data/CreativeGraph.Data.csproj src/CreativeGraph.Data/
COPY src/CreativeGraph.Persistence/CreativeGraph.Persistence.csproj src/CreativeGraph.Persistence/
COPY src/CreativeGraph.Api/CreativeGraph.Api.csproj src/CreativeGraph.Api/
RUN dotnet restore src/CreativeGraph.Api/CreativeGraph.Api.csproj
COPY src/ src/
COPY schema/ schema/
RUN dotnet publish src/CreativeGraph.Api/CreativeGraph.Api.csproj -c Release -o /app --no-restore

# The tests run in their own stage: `docker build --target test .`. Without CI=true the PostgreSQL and
# headless-browser tests skip with their reasons (no server, no Chromium in the SDK image), and so does the external
# conformance suite, which lives in ../shared outside the build context (.ci/run runs it).
FROM build AS test
# The export tests read GraphML, GEXF and CSV with an independent parser: NetworkX.
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-networkx \
    && rm -rf /var/lib/apt/lists/*
COPY tests/ tests/
COPY README.md ./
RUN dotnet test CreativeGraph.sln -c Release

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown -R app:app /data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Sqlite \
    ConnectionStrings__KnowledgeGraph="Data Source=/data/creativegraph.db"
VOLUME ["/data"]
EXPOSE 8080
# The `app` user (UID 1654) ships with the .NET 8+ images. A named volume starts as this image's /data (owned by
# app); a bind-mounted host directory keeps its owner and must be writable by UID 1654.
USER app
# No curl in the runtime image: the server binary asks its own readiness endpoint (/readyz: database reachable,
# migrations applied, seed present, traversal index built); /healthz is liveness only.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "CreativeGraph.Api.dll", "healthcheck", "http://127.0.0.1:8080/readyz"]
ENTRYPOINT ["dotnet", "CreativeGraph.Api.dll"]
