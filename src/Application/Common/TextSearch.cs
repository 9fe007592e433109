namespace PartnerCrm.Application.Common;

public static class TextSearch
{
    public const string LikeEscape = "\\";

    /// <summary>Makes user text literal inside a LIKE pattern.</summary>
    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
