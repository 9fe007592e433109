using System.Reflection;
using System.Xml.Linq;
using PartnerCrm.Domain.Auditing;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Web.Tests.Admin;

/// <summary>The audit trail page names every action the trail records, in Danish and in English.</summary>
public class AuditTextsTests
{
    private static readonly string Resources = Path.Combine(DatabaseServer.FindCheckout(AppContext.BaseDirectory), "src", "Web", "Resources");

    [Theory]
    [InlineData("AdminTexts.resx")]
    [InlineData("AdminTexts.en.resx")]
    public void Every_audit_action_has_a_name(string file)
    {
        var keys = XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var actions = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        var missing = actions.Where(action => !keys.Contains($"Action.{action}")).ToList();
        Assert.True(missing.Count == 0, $"{file}: actions without a name: {string.Join(", ", missing)}");
    }
}
