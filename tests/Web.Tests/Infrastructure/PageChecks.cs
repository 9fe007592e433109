using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Web.Tests.Infrastructure;

/// <summary>What every page must be: accessible (axe finds nothing serious or critical), one <c>h1</c>, and in one language.</summary>
public static partial class PageChecks
{
    public static readonly string ArtifactsFolder = Path.Combine(
        DatabaseServer.FindCheckout(AppContext.BaseDirectory), "tests", "Web.Tests", "artifacts");

    /// <summary>Runs axe-core on the page as it is now and fails on any serious or critical violation.</summary>
    public static async Task ShouldBeAccessibleAsync(this IPage page)
    {
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0,
            $"axe found {serious.Count} serious or critical violation(s) on {page.Url}:\n" + string.Join("\n", serious.Select(v =>
                $"- {v.Id} [{v.Impact}] {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
    }

    public static async Task ShouldHaveOneH1Async(this IPage page) =>
        Assert.Equal(1, await page.Locator("h1").CountAsync());

    /// <summary>Keeps a full-page screenshot in tests/Web.Tests/artifacts/screenshots.</summary>
    public static async Task KeepScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(ArtifactsFolder, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    /// <summary>
    /// The words a user reads on the page: its text, its title and the labels only assistive technology
    /// reads (<c>aria-label</c>, <c>title</c>, <c>alt</c>, <c>placeholder</c>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> WordsAsync(this IPage page) =>
        Word().Matches(await page.ReadableTextAsync()).Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>Where <paramref name="word"/> stands in the page's readable text, to say which text is in the wrong language.</summary>
    public static async Task<string> WhereAsync(this IPage page, string word)
    {
        var text = (await page.ReadableTextAsync()).ReplaceLineEndings(" ");
        var places = Regex.Matches(text, $@"(?<!\p{{L}}){Regex.Escape(word)}(?!\p{{L}})", RegexOptions.IgnoreCase).Take(3)
            .Select(m => text[Math.Max(0, m.Index - 40)..Math.Min(text.Length, m.Index + word.Length + 40)]);
        return string.Join(" | ", places);
    }

    private static async Task<string> ReadableTextAsync(this IPage page)
    {
        // A part marked with its own language (the link to the other language) is not the page's language.
        var text = await page.EvaluateAsync<string>("""
            () => {
                const body = document.body.cloneNode(true);
                body.querySelectorAll('[lang], script, style, template').forEach(e => e.remove());
                const holder = document.createElement('div');
                holder.style.position = 'absolute';
                holder.style.left = '-99999px';
                holder.appendChild(body);
                document.documentElement.appendChild(holder);
                const visible = holder.innerText;
                holder.remove();
                return [document.title, visible,
                        ...[...body.querySelectorAll('[aria-label],[title],[alt],[placeholder]')]
                            .flatMap(e => ['aria-label', 'title', 'alt', 'placeholder'].map(a => e.getAttribute(a) || ''))
                       ].join(' ');
            }
            """);
        return text;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
