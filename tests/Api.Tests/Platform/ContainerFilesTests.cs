using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Api.Tests.Platform;

/// <summary>
/// The Dockerfile and docker-compose.yml cannot be built here (no Docker engine in CI); these tests hold
/// what would otherwise break only on someone else's machine.
/// </summary>
public partial class ContainerFilesTests
{
    private static readonly string Checkout = DatabaseServer.FindCheckout(AppContext.BaseDirectory);

    [Fact]
    public void The_restore_layer_of_the_image_copies_every_project_the_api_needs()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(Checkout, "src", "Api", "Dockerfile"));
        var restore = Array.FindIndex(dockerfile, line => line.StartsWith("RUN dotnet restore src/Api/Api.csproj"));
        Assert.True(restore > 0, "The Dockerfile has no restore step of its own");
        var copied = dockerfile[..restore]
            .Select(line => CopiedProject().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["project"].Value)
            .ToHashSet();

        Assert.Equal(ProjectsOf("src/Api/Api.csproj").Order(), copied.Order());
        Assert.Contains(dockerfile[restore..], line => line.StartsWith("RUN dotnet publish src/Api/Api.csproj --no-restore"));
    }

    [Fact]
    public void The_compose_stack_is_published_on_loopback_only()
    {
        var compose = File.ReadAllText(Path.Combine(Checkout, "docker-compose.yml"));
        var published = PublishedPort().Matches(compose).Select(match => match.Groups["binding"].Value).ToList();
        Assert.Equal(["127.0.0.1:8080:8080"], published);
    }

    /// <summary>The project and every project it references, as paths from the checkout.</summary>
    private static IEnumerable<string> ProjectsOf(string project)
    {
        var file = Path.Combine(Checkout, project);
        var references = XDocument.Load(file).Descendants("ProjectReference")
            .Select(reference => Path.GetRelativePath(Checkout, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!,
                reference.Attribute("Include")!.Value.Replace('\\', '/')))).Replace('\\', '/'));
        return references.SelectMany(ProjectsOf).Append(project).Distinct();
    }

    [GeneratedRegex(@"^COPY (?<project>src/\S+\.csproj) ")]
    private static partial Regex CopiedProject();

    [GeneratedRegex(@"^\s+- ""(?<binding>[^""]*:\d+)""\s*$", RegexOptions.Multiline)]
    private static partial Regex PublishedPort();
}
