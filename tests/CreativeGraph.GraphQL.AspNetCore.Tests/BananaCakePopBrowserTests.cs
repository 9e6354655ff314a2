using Microsoft.Playwright;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Opens the IDE in Debian's Chromium (driven by Playwright, never a downloaded browser) against a real Kestrel
/// server on 127.0.0.1, runs a query and checks the result. Chromium is the <c>chromium</c> on PATH; without it the
/// test is skipped with the reason, and under CI=true it fails.
/// </summary>
public sealed class BananaCakePopBrowserTests
{
    [SkippableFact]
    public async Task Runs_a_query_in_the_IDE_served_offline()
    {
        string? chromium = OptionalTool.FindOnPath("chromium");
        OptionalTool.Require(chromium is not null, "Chromium is not on PATH: install it with apt-get install -y chromium.");

        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor(), kestrel: true);
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ServiceWorkers = ServiceWorkerPolicy.Block });
        List<string> external = [];
        await page.RouteAsync("**/*", async route =>
        {
            Uri url = new(route.Request.Url);
            if (url.Host is "127.0.0.1")
            {
                await route.ContinueAsync();
                return;
            }

            external.Add(route.Request.Url);
            await route.AbortAsync();
        });

        string artefacts = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(artefacts);
        await page.GotoAsync(new Uri(host.BaseAddress, "/graphql").ToString());
        ILocator editor = page.Locator(".monaco-editor").First;
        try
        {
            await page.GetByText("Create Document").ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
            await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artefacts, "banana-cake-pop-timeout.png"), FullPage = true });
            throw;
        }

        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("{ __typename ");
        // The IDE syncs the editor into its document state after a short debounce; until then Run sends the
        // previous (empty) document, so run again until the result shows.
        ILocator run = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Run" }).First;
        ILocator result = page.GetByText("\"Query\"").First;
        bool shown = false;
        for (int attempt = 0; attempt < 10 && !shown; attempt++)
        {
            await run.ClickAsync();
            try
            {
                await result.WaitForAsync(new LocatorWaitForOptions { Timeout = 3_000 });
                shown = true;
            }
            catch (TimeoutException)
            {
            }
        }

        if (!shown)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artefacts, "banana-cake-pop-timeout.png"), FullPage = true });
        }

        Assert.True(shown, "the IDE did not show the query's result (see banana-cake-pop-timeout.png)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artefacts, "banana-cake-pop.png"), FullPage = true });
        Assert.Empty(external);
    }
}
