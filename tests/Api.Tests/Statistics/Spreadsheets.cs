using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnerCrm.Api.Tests.Statistics;

/// <summary>
/// Opens a downloaded file as a spreadsheet program would: a CSV split on its delimiter with RFC 4180
/// quotes, and an XLSX read with the Open XML SDK, cell by cell with its type and its style.
/// </summary>
public static class Spreadsheets
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>The rows of a CSV file (UTF-8 with a BOM), each a list of fields.</summary>
    public static List<List<string>> ReadCsv(byte[] bytes, char delimiter)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter) { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }

    public static Workbook OpenXlsx(byte[] bytes) => new(bytes);

    /// <summary>A cell as a spreadsheet shows it: its text or number, and its number format.</summary>
    public sealed record SheetCell(string Reference, bool IsNumber, string Text, uint NumberFormatId, string? FormatCode, uint StyleIndex)
    {
        public double Number => IsNumber ? double.Parse(Text, CultureInfo.InvariantCulture) : double.NaN;

        /// <summary>A percentage: a built-in percent format (9, 10) or a custom one with %.</summary>
        public bool IsPercent => NumberFormatId is 9 or 10 || FormatCode?.Contains('%') == true;

        /// <summary>A date: a built-in date format (14–17, 22) or a custom one with day, month and year and no time.</summary>
        public bool IsDate => NumberFormatId is >= 14 and <= 17 or 22
            || FormatCode is { } code && code.Contains('y', StringComparison.OrdinalIgnoreCase) && code.Contains('d', StringComparison.OrdinalIgnoreCase) && !code.Contains('%');
    }

    public sealed class Workbook
    {
        private readonly Dictionary<string, SheetCell> _cells = [];

        public Workbook(byte[] bytes)
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            // What Excel would call a file it needs to repair: anything against the schema of the format.
            var invalid = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
                .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}").ToList();
            Assert.True(invalid.Count == 0, "The workbook breaks the format:\n" + string.Join("\n", invalid.Take(10)));
            var part = document.WorkbookPart!;
            var sheetPart = part.WorksheetParts.Single();
            var styles = part.WorkbookStylesPart!.Stylesheet;
            var formats = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
            var xfs = styles.CellFormats!.Elements<CellFormat>().ToList();
            var fonts = styles.Fonts!.Elements<Font>().ToList();
            var fills = styles.Fills!.Elements<Fill>().ToList();
            var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            SheetName = part.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value!;

            var worksheet = sheetPart.Worksheet;
            Pane = worksheet.GetFirstChild<SheetViews>()?.Elements<SheetView>().SelectMany(v => v.Elements<Pane>()).FirstOrDefault();
            Widths = worksheet.GetFirstChild<Columns>()?.Elements<Column>().Where(c => c.CustomWidth?.Value == true)
                .ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value) ?? [];
            foreach (var row in worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                var cells = new List<SheetCell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var style = cell.StyleIndex?.Value ?? 0;
                    var xf = xfs[(int)style];
                    var type = cell.DataType?.Value;
                    var isNumber = type is null || type == CellValues.Number;
                    var text = type == CellValues.InlineString ? cell.InlineString!.InnerText
                        : type == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                        : cell.CellValue?.Text ?? "";
                    var numberFormat = xf.NumberFormatId?.Value ?? 0;
                    var found = new SheetCell(cell.CellReference!.Value!, isNumber, text, numberFormat, formats.GetValueOrDefault(numberFormat), style);
                    _cells[found.Reference] = found;
                    cells.Add(found);
                    if (row.RowIndex!.Value == 1)
                    {
                        HeaderFont = fonts[(int)(xf.FontId?.Value ?? 0)].Color?.Rgb?.Value;
                        HeaderFill = fills[(int)(xf.FillId?.Value ?? 0)].PatternFill?.ForegroundColor?.Rgb?.Value;
                    }
                }
                Rows.Add(cells);
            }
        }

        public string SheetName { get; }

        public List<List<SheetCell>> Rows { get; } = [];

        public IReadOnlyList<string> Header => Rows[0].Select(c => c.Text).ToList();

        public Pane? Pane { get; }

        public IReadOnlyDictionary<int, double> Widths { get; }

        public string? HeaderFont { get; private set; }

        public string? HeaderFill { get; private set; }

        public SheetCell this[string reference] => _cells[reference];

        /// <summary>The cell of the row whose first cell reads <paramref name="rowTitle"/>, in the column titled <paramref name="column"/>.</summary>
        public SheetCell Cell(string rowTitle, string column)
        {
            var index = Header.ToList().IndexOf(column);
            Assert.True(index >= 0, $"No column '{column}' in {string.Join(" | ", Header)}");
            var row = Rows.Skip(1).Single(r => r[0].Text == rowTitle);
            return row.Single(c => c.Reference.StartsWith(ColumnName(index), StringComparison.Ordinal) && char.IsDigit(c.Reference[ColumnName(index).Length]));
        }

        /// <summary>The header's font colour against its fill (WCAG 2.1 contrast ratio).</summary>
        public double HeaderContrast => Contrast(HeaderFont ?? "FF000000", HeaderFill ?? "FFFFFFFF");
    }

    public static string ColumnName(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>The WCAG contrast ratio of two colours given as ARGB or RGB hex.</summary>
    public static double Contrast(string a, string b)
    {
        static double Luminance(string argb)
        {
            var rgb = argb[^6..];
            double Channel(int at)
            {
                var c = int.Parse(rgb.Substring(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        }
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
