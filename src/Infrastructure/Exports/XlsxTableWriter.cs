using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using PartnerCrm.Application.Statistics.Files;

namespace PartnerCrm.Infrastructure.Exports;

/// <summary>
/// Writes a table file as an XLSX workbook of one sheet, row by row straight into the zip on its way out,
/// so an export of any length uses little memory. A person can read it: a bold white header on dark blue
/// (contrast 8.7:1) that stays in view (frozen), columns as wide as their titles and texts, counts and
/// other numbers as numbers, rates as numbers shown as percentages (0.607 shows as 60.7 %, or 60,7 % in
/// Danish), dates as dates, and a hidden count as the text <c>&lt;5</c> in italics, never a number.
/// Text is written in the cell (inline), never as a formula, so no formula-injection guard is needed.
/// </summary>
public static class XlsxTableWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The header's fill and font: white (FFFFFF) on dark blue (1F4E79).</summary>
    public const string HeaderFill = "FF1F4E79";
    public const string HeaderFont = "FFFFFFFF";

    // Cell styles, by their index in styles.xml.
    private const int HeaderStyle = 1;
    private const int CountStyle = 2;
    private const int ShareStyle = 3;
    private const int DateStyle = 4;
    private const int HiddenStyle = 5;
    private const int NumberStyle = 6;

    private static readonly XmlWriterSettings Xml = new() { Encoding = new UTF8Encoding(false), CheckCharacters = false, CloseOutput = true };

    public static Task WriteAsync(TableFile file, Stream output, CancellationToken cancellationToken)
    {
        // The zip is written in one pass (sizes follow each entry), so a response stream that cannot seek will do.
        // It is closed only when every row is written: a file whose rows stop coming is never finished.
        var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        return WriteAsync(zip, file, cancellationToken);
    }

    private static async Task WriteAsync(ZipArchive zip, TableFile file, CancellationToken cancellationToken)
    {
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        using (var workbook = XmlWriter.Create(zip.CreateEntry("xl/workbook.xml").Open(), Xml))
        {
            workbook.WriteStartDocument(true);
            workbook.WriteStartElement("workbook", Main);
            workbook.WriteAttributeString("xmlns", "r", null, Relationships);
            workbook.WriteStartElement("sheets", Main);
            workbook.WriteStartElement("sheet", Main);
            workbook.WriteAttributeString("name", SheetName(file.Sheet));
            workbook.WriteAttributeString("sheetId", "1");
            workbook.WriteAttributeString("id", Relationships, "rId1");
            workbook.WriteEndDocument();
        }
        Part(zip, "xl/styles.xml", Styles);

        await using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        // Written synchronously into the zip; the rows still come one by one from the database.
        using var sheet = XmlWriter.Create(entry, Xml);
        sheet.WriteStartDocument(true);
        sheet.WriteStartElement("worksheet", Main);
        sheet.WriteStartElement("sheetViews", Main);
        sheet.WriteStartElement("sheetView", Main);
        sheet.WriteAttributeString("workbookViewId", "0");
        sheet.WriteStartElement("pane", Main);
        sheet.WriteAttributeString("ySplit", "1");
        sheet.WriteAttributeString("topLeftCell", "A2");
        sheet.WriteAttributeString("activePane", "bottomLeft");
        sheet.WriteAttributeString("state", "frozen");
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteStartElement("sheetFormatPr", Main);
        sheet.WriteAttributeString("defaultRowHeight", "15");
        sheet.WriteEndElement();
        sheet.WriteStartElement("cols", Main);
        for (var i = 0; i < file.Header.Count; i++)
        {
            sheet.WriteStartElement("col", Main);
            sheet.WriteAttributeString("min", Number(i + 1));
            sheet.WriteAttributeString("max", Number(i + 1));
            sheet.WriteAttributeString("width", Number(Width(file, i)));
            sheet.WriteAttributeString("customWidth", "1");
            sheet.WriteEndElement();
        }
        sheet.WriteEndElement();
        sheet.WriteStartElement("sheetData", Main);

        var r = 1;
        StartRow(sheet, r);
        for (var i = 0; i < file.Header.Count; i++) Text(sheet, Reference(i, r), file.Header[i], HeaderStyle);
        sheet.WriteEndElement();
        await foreach (var row in file.Rows.WithCancellation(cancellationToken))
        {
            StartRow(sheet, ++r);
            for (var i = 0; i < row.Length; i++) Cell(sheet, Reference(i, r), row[i]);
            sheet.WriteEndElement();
            if (r % 1000 == 0) sheet.Flush();
        }

        sheet.WriteEndElement();
        sheet.WriteEndDocument();
        sheet.Dispose();
        await entry.DisposeAsync();
        zip.Dispose();
    }

    private static void StartRow(XmlWriter sheet, int r)
    {
        sheet.WriteStartElement("row", Main);
        sheet.WriteAttributeString("r", Number(r));
    }

    private static void Cell(XmlWriter sheet, string reference, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case HiddenCount hidden:
                Text(sheet, reference, hidden.ToString(), HiddenStyle);
                return;
            case Share share:
                Numeric(sheet, reference, share.Value.ToString(CultureInfo.InvariantCulture), ShareStyle);
                return;
            case DateOnly date:
                Numeric(sheet, reference, Number(date.DayNumber - Epoch.DayNumber), DateStyle);
                return;
            case DateTime time:
                Numeric(sheet, reference, Number((time - Epoch.ToDateTime(TimeOnly.MinValue)).TotalDays), DateStyle);
                return;
            case int or long or short:
                Numeric(sheet, reference, Convert.ToString(value, CultureInfo.InvariantCulture)!, CountStyle);
                return;
            case decimal or double or float:
                Numeric(sheet, reference, Convert.ToString(value, CultureInfo.InvariantCulture)!, NumberStyle);
                return;
            default:
                Text(sheet, reference, value.ToString() ?? "", 0);
                return;
        }
    }

    /// <summary>Day 0 of a spreadsheet's dates (with the 1900 leap-year quirk, so 1 March 1900 onwards is right).</summary>
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    private static void Numeric(XmlWriter sheet, string reference, string number, int style)
    {
        sheet.WriteStartElement("c", Main);
        sheet.WriteAttributeString("r", reference);
        sheet.WriteAttributeString("s", Number(style));
        sheet.WriteElementString("v", Main, number);
        sheet.WriteEndElement();
    }

    private static void Text(XmlWriter sheet, string reference, string text, int style)
    {
        sheet.WriteStartElement("c", Main);
        sheet.WriteAttributeString("r", reference);
        if (style != 0) sheet.WriteAttributeString("s", Number(style));
        sheet.WriteAttributeString("t", "inlineStr");
        sheet.WriteStartElement("is", Main);
        sheet.WriteStartElement("t", Main);
        var clean = Clean(text);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
            sheet.WriteAttributeString("xml", "space", null, "preserve");
        sheet.WriteString(clean);
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteEndElement();
    }

    /// <summary>Text as XML may carry it: characters XML cannot hold are left out, and a cell holds at most 32,767.</summary>
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar) && text.Length <= 32_767) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length && kept.Length < 32_767; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) kept.Append(text[i]).Append(text[++i]);
        }
        return kept.ToString();
    }

    /// <summary>A column's width in characters: its title or its longest expected text, whichever is wider, a little room, at most 60.</summary>
    private static double Width(TableFile file, int column)
    {
        var content = file.Widths is { } widths && column < widths.Count ? widths[column] : 0;
        return Math.Clamp(Math.Max(Math.Max(file.Header[column].Length, content), 10) + 3, 10, 60);
    }

    /// <summary>A cell's reference, e.g. column 0 of row 1 → <c>A1</c>, column 27 → <c>AB</c>.</summary>
    public static string Reference(int column, int row)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A sheet's name as a spreadsheet allows it: up to 31 characters, none of <c>[]:*?/\</c>.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(Clean(name).Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim('\'', ' ');
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(clean.Length, 31)];
    }

    private static string Number(double number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    /// <summary>
    /// Fonts: 0 the default, 1 bold white (the header), 2 italic (a hidden count). Number formats: 164 a
    /// percentage with one decimal; 14 the reader's short date; 3 a whole number with thousands separators.
    /// Cell styles: 0 default, 1 header, 2 count, 3 share, 4 date, 5 hidden count (right-aligned), 6 other number.
    /// </summary>
    private static readonly string Styles = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="{HeaderFont}"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="{HeaderFill}"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="right"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """;
}
