using System.Reflection;
using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace PartnerCrm.Architecture.Tests;

public class LayerTests
{
    private static readonly Assembly Domain = typeof(PartnerCrm.Domain.Companies.Cvr).Assembly;
    private static readonly Assembly Application = typeof(PartnerCrm.Application.ApplicationAssembly).Assembly;
    private static readonly Assembly Infrastructure = typeof(PartnerCrm.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;
    private static readonly Assembly Web = typeof(PartnerCrm.Web.Hosting.WebApp).Assembly;

    private static void AssertKept(TestResult result, string rule) =>
        Assert.True(result.IsSuccessful, $"{rule}: {string.Join(", ", result.FailingTypeNames ?? [])}");

    [Fact]
    public void Domain_depends_on_no_other_layer() =>
        AssertKept(Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("PartnerCrm.Application", "PartnerCrm.Infrastructure", "PartnerCrm.Api")
            .GetResult(), "Domain depends on an outer layer");

    [Fact]
    public void Domain_references_no_package_only_the_framework()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(
            name is "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal), $"Domain references {name}"));
    }

    [Fact]
    public void Application_does_not_depend_on_infrastructure_or_api() =>
        AssertKept(Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("PartnerCrm.Infrastructure", "PartnerCrm.Api", "Npgsql", "Microsoft.AspNetCore")
            .GetResult(), "Application depends on an outer layer");

    [Fact]
    public void Application_and_domain_know_nothing_of_http_or_json()
    {
        foreach (var assembly in new[] { Domain, Application })
            AssertKept(Types.InAssembly(assembly).ShouldNot()
                .HaveDependencyOnAny("System.Text.Json", "Microsoft.AspNetCore")
                .GetResult(), $"{assembly.GetName().Name} knows of HTTP or JSON");
    }

    [Fact]
    public void The_api_does_no_persistence_outside_its_composition_root() =>
        AssertKept(Types.InAssembly(Api).That().ResideInNamespaceStartingWith("PartnerCrm.Api").ShouldNot()
            .HaveDependencyOnAny("Npgsql", "Microsoft.EntityFrameworkCore", typeof(PartnerCrm.Infrastructure.Persistence.AppDbContext).FullName)
            .GetResult(), "An API type reaches the database itself");

    [Fact]
    public void The_web_app_depends_on_application_and_domain_only() =>
        AssertKept(Types.InAssembly(Web).ShouldNot()
            .HaveDependencyOnAny("PartnerCrm.Infrastructure", "PartnerCrm.Api", "Npgsql", "Microsoft.EntityFrameworkCore")
            .GetResult(), "The web app reaches past the use cases");

    [Fact]
    public void Infrastructure_does_not_depend_on_api() =>
        AssertKept(Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("PartnerCrm.Api").GetResult(),
            "Infrastructure depends on the API");

    [Fact]
    public void Handlers_are_sealed_and_named_handler()
    {
        var handlers = Types.InAssembly(Application).That()
            .ImplementInterface(typeof(ICommandHandler<,>)).Or().ImplementInterface(typeof(ICommandHandler<>))
            .Or().ImplementInterface(typeof(IQueryHandler<,>));
        Assert.NotEmpty(handlers.GetTypes());
        AssertKept(handlers.Should().BeSealed().And().HaveNameEndingWith("Handler").GetResult(), "A handler is not sealed or not named …Handler");
    }

    [Fact]
    public void Validators_are_sealed_and_named_validator()
    {
        var validators = Types.InAssembly(Application).That().Inherit(typeof(AbstractValidator<>));
        Assert.NotEmpty(validators.GetTypes());
        AssertKept(validators.Should().BeSealed().And().HaveNameEndingWith("Validator").GetResult(), "A validator is not sealed or not named …Validator");
    }

    [Fact]
    public void Each_command_and_query_lives_in_its_own_use_case_folder_beside_its_handler()
    {
        var messages = Application.GetTypes().Where(t => t.GetInterfaces().Any(i =>
            i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>))
            || i == typeof(ICommand)));
        foreach (var message in messages)
        {
            var handlerName = message.Name + "Handler";
            var handler = Application.GetTypes().SingleOrDefault(t => t.Name == handlerName);
            Assert.True(handler is not null, $"{message.Name} has no {handlerName}");
            Assert.Equal(message.Namespace, handler!.Namespace);
        }
    }

    [Fact]
    public void Only_the_api_references_the_mediator_source_generator()
    {
        foreach (var assembly in new[] { Domain, Application, Infrastructure })
            Assert.DoesNotContain(assembly.GetTypes(), t => t.FullName == "Mediator.Mediator");
        Assert.Contains(Api.GetTypes(), t => t.FullName == "Mediator.Mediator");
    }

    [Fact]
    public void Entities_have_no_public_setters()
    {
        var entities = Domain.GetTypes().Where(t => t.IsSubclassOf(typeof(PartnerCrm.Domain.Common.Entity)));
        foreach (var property in entities.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
            Assert.True(property.SetMethod is null || !property.SetMethod.IsPublic, $"{property.DeclaringType!.Name}.{property.Name} has a public setter");
    }

    [Fact]
    public void Endpoint_classes_are_static()
    {
        var endpoints = Api.GetTypes().Where(t => t.Namespace == "PartnerCrm.Api.Endpoints" && t.Name.EndsWith("Endpoints", StringComparison.Ordinal));
        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, t => Assert.True(t.IsAbstract && t.IsSealed, $"{t.Name} is not static"));
    }
}
