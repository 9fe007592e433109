using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Application.Companies.Imports;

/// <summary>The columns of the CVR register's extract that the import reads.</summary>
public enum ExtractColumn
{
    Cvr,
    Name,
    Street,
    PostalCode,
    City,
    IndustryCode,
    EmployeeCount,
    CeasedOn,
    PNumber,
}

/// <summary>
/// A row of the extract that passed every check. A row with a P-number describes that workplace of the company,
/// and its address is the workplace's; the company's own fields are taken from the first row of its CVR number.
/// </summary>
public sealed record ExtractRow(
    int Line,
    Cvr Cvr,
    string Name,
    Address? Address,
    IndustryCode? IndustryCode,
    int? EmployeeCount,
    DateOnly? CeasedOn,
    PNumber? PNumber);

/// <summary>
/// Reads a CSV file of the CVR register's extract, or a spreadsheet saved as CSV with the same columns: the
/// column names a CVR extract uses (or their English aliases, <see cref="ColumnNames"/>), separated by
/// <c>;</c> or <c>,</c> (whichever the header uses), in UTF-8 with or without a byte order mark.
/// <para>
/// A record is one line. Quotes work as in RFC 4180 within a line, but a quote left open does not swallow the
/// lines after it, as it would in a general CSV reader: the register has no line breaks in its fields, so an open
/// quote is a broken row, reported with its line, and the next line is read as the next row. Bytes that are not
/// UTF-8 (a file saved as Latin-1 by an old spreadsheet) are read as Latin-1, so "Ø" stays "Ø".
/// </para>
/// </summary>
public sealed partial class CvrExtract
{
    /// <summary>The largest file an import takes.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    /// <summary>The header names the import knows, compared without case, spaces, hyphens, dots and underscores.</summary>
    public static readonly IReadOnlyDictionary<string, ExtractColumn> ColumnNames = new Dictionary<string, ExtractColumn>
    {
        ["cvrnummer"] = ExtractColumn.Cvr, ["cvrnr"] = ExtractColumn.Cvr, ["cvr"] = ExtractColumn.Cvr, ["cvrnumber"] = ExtractColumn.Cvr,
        ["navn"] = ExtractColumn.Name, ["name"] = ExtractColumn.Name,
        ["adresse"] = ExtractColumn.Street, ["address"] = ExtractColumn.Street, ["street"] = ExtractColumn.Street,
        ["postnr"] = ExtractColumn.PostalCode, ["postnummer"] = ExtractColumn.PostalCode, ["postalcode"] = ExtractColumn.PostalCode,
        ["postcode"] = ExtractColumn.PostalCode, ["zipcode"] = ExtractColumn.PostalCode,
        ["by"] = ExtractColumn.City, ["postdistrikt"] = ExtractColumn.City, ["city"] = ExtractColumn.City,
        ["branchekode"] = ExtractColumn.IndustryCode, ["industrycode"] = ExtractColumn.IndustryCode,
        ["antalansatte"] = ExtractColumn.EmployeeCount, ["ansatte"] = ExtractColumn.EmployeeCount,
        ["employees"] = ExtractColumn.EmployeeCount, ["employeecount"] = ExtractColumn.EmployeeCount,
        ["ophørsdato"] = ExtractColumn.CeasedOn, ["ophoersdato"] = ExtractColumn.CeasedOn,
        ["ceasedon"] = ExtractColumn.CeasedOn, ["ceaseddate"] = ExtractColumn.CeasedOn,
        ["pnummer"] = ExtractColumn.PNumber, ["pnr"] = ExtractColumn.PNumber, ["pnumber"] = ExtractColumn.PNumber,
    };

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yyyy"];

    private readonly byte[] _content;
    private readonly char _delimiter;
    private readonly (string Name, ExtractColumn? Column)[] _header;
    private readonly int _headerLine;

    private CvrExtract(byte[] content, char delimiter, (string, ExtractColumn?)[] header, int headerLine)
    {
        _content = content;
        _delimiter = delimiter;
        _header = header;
        _headerLine = headerLine;
    }

    /// <summary>Header names the import does not know; their columns are left out.</summary>
    public IReadOnlyList<string> IgnoredColumns => _header.Where(h => h.Column is null).Select(h => h.Name).ToList();

    /// <summary>Why the file cannot be imported at all, or null when its header is usable.</summary>
    public static string? Refusal(byte[] content)
    {
        try
        {
            Open(content);
            return null;
        }
        catch (FormatException refused)
        {
            return refused.Message;
        }
    }

    /// <summary>Reads the header. A file without a header naming the CVR number and the name cannot be imported.</summary>
    /// <exception cref="FormatException">The file cannot be imported; the message says why.</exception>
    public static CvrExtract Open(byte[] content)
    {
        if (content.Length > MaxBytes)
            throw new FormatException($"The file is larger than {MaxBytes / 1024 / 1024} MB.");
        using var lines = Lines(content).GetEnumerator();
        while (lines.MoveNext())
        {
            var (number, text) = lines.Current;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var delimiter = text.Count(c => c == ';') >= text.Count(c => c == ',') ? ';' : ',';
            var split = Split(text, delimiter);
            if (split.Error is not null)
                throw new FormatException($"The header (line {number}) cannot be read: {split.Error}.");
            var header = split.Fields.Select(name => (name.Trim(), ColumnOf(name))).ToArray();
            var repeated = header.Where(h => h.Item2 is not null).GroupBy(h => h.Item2).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
                throw new FormatException($"The header names the same column twice: {string.Join(" and ", repeated.Select(h => $"\"{h.Item1}\""))}.");
            foreach (var required in new[] { ExtractColumn.Cvr, ExtractColumn.Name })
                if (header.All(h => h.Item2 != required))
                    throw new FormatException(
                        $"The header (line {number}) has no column for {(required == ExtractColumn.Cvr ? "the CVR number (CVR-nummer)" : "the name (Navn)")}; " +
                        "the first line of the file names the columns, separated by ; or ,.");
            return new CvrExtract(content, delimiter, header, number);
        }
        throw new FormatException("The file is empty.");
    }

    /// <summary>How many rows the file has after its header, blank lines left out: what a progress bar counts to.</summary>
    public int CountRows() => Lines(_content).Count(line => line.Number > _headerLine && !string.IsNullOrWhiteSpace(line.Text));

    /// <summary>
    /// The file's rows after the header, each checked: a row that passes is an <see cref="ExtractRow"/>, one that does
    /// not an <see cref="InvalidRow"/> naming its line, column and reason. A CVR number given twice without a P-number,
    /// or a P-number given twice, is invalid the second time. Blank lines are skipped.
    /// </summary>
    public IEnumerable<(ExtractRow? Row, InvalidRow? Invalid)> Rows()
    {
        var companies = new Dictionary<string, int>(StringComparer.Ordinal);
        var workplaces = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, text) in Lines(_content).SkipWhile(line => line.Number <= _headerLine))
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var checkedRow = Check(number, text);
            if (checkedRow.Row is { } row)
            {
                var (seen, key, what) = row.PNumber is { } p
                    ? (workplaces, p.Value, $"P-number {p}")
                    : (companies, row.Cvr.Value, $"CVR number {row.Cvr}");
                if (seen.TryGetValue(key, out var first))
                {
                    yield return (null, new InvalidRow(number, ColumnName(row.PNumber is null ? ExtractColumn.Cvr : ExtractColumn.PNumber),
                        "duplicate", $"The {what} is already on line {first}."));
                    continue;
                }
                seen[key] = number;
            }
            yield return checkedRow;
        }
    }

    private (ExtractRow? Row, InvalidRow? Invalid) Check(int line, string text)
    {
        var split = Split(text, _delimiter);
        if (split.Error is not null) return Invalid(line, null, split.Code!, split.Error);
        var fields = split.Fields;
        for (var extra = _header.Length; extra < fields.Count; extra++)
            if (!string.IsNullOrWhiteSpace(fields[extra]))
                return Invalid(line, null, "tooManyFields",
                    $"The row has {fields.Count} fields where the header names {_header.Length} columns; field {extra + 1} has no column.");

        string? Field(ExtractColumn column)
        {
            var index = Array.FindIndex(_header, h => h.Column == column);
            if (index < 0 || index >= fields.Count) return null;
            var value = fields[index].Trim();
            return value.Length == 0 ? null : value;
        }

        var cvrText = Field(ExtractColumn.Cvr)?.Replace(" ", "");
        if (cvrText is null) return InvalidField(line, ExtractColumn.Cvr, "cvrMissing", "The CVR number is missing.");
        if (!Cvr.IsValid(cvrText))
            return InvalidField(line, ExtractColumn.Cvr, "cvrInvalid",
                $"\"{Shorten(cvrText)}\" is not a CVR number: 8 digits, not starting with 0, passing the modulus-11 check.");

        var name = Field(ExtractColumn.Name);
        if (name is null) return InvalidField(line, ExtractColumn.Name, "nameMissing", "The name is missing.");
        if (name.Length > 200) return InvalidField(line, ExtractColumn.Name, "tooLong", "The name is longer than 200 characters.");

        var street = Field(ExtractColumn.Street);
        var postalCode = Field(ExtractColumn.PostalCode);
        var city = Field(ExtractColumn.City);
        if (street?.Length > 200) return InvalidField(line, ExtractColumn.Street, "tooLong", "The address is longer than 200 characters.");
        if (city?.Length > 100) return InvalidField(line, ExtractColumn.City, "tooLong", "The city is longer than 100 characters.");
        if (postalCode is not null && !PostalCode.IsValid(postalCode))
            return InvalidField(line, ExtractColumn.PostalCode, "postalCodeInvalid", $"\"{Shorten(postalCode)}\" is not a Danish postal code (4 digits).");
        if ((street, postalCode, city) is not (null, null, null) && (street is null || postalCode is null || city is null))
        {
            var missing = street is null ? ExtractColumn.Street : postalCode is null ? ExtractColumn.PostalCode : ExtractColumn.City;
            return InvalidField(line, missing, "addressIncomplete", "An address has a street, a postal code and a city: the row gives some but not all three.");
        }

        var industryText = Field(ExtractColumn.IndustryCode);
        // A spreadsheet that took the code for a number drops its leading zero (011100 becomes 11100).
        if (industryText is { Length: IndustryCode.Length - 1 } && industryText.All(char.IsAsciiDigit)) industryText = "0" + industryText;
        if (industryText is not null && !IndustryCode.IsValid(industryText))
            return InvalidField(line, ExtractColumn.IndustryCode, "industryCodeInvalid", $"\"{Shorten(industryText)}\" is not an industry code (branchekode, 6 digits).");

        int? employees = null;
        if (Field(ExtractColumn.EmployeeCount) is { } employeeText)
        {
            var match = EmployeeBand().Match(employeeText);
            if (!match.Success)
                return InvalidField(line, ExtractColumn.EmployeeCount, "employeeCountInvalid",
                    $"\"{Shorten(employeeText)}\" is not a number of employees or a band such as 10-19.");
            employees = int.Parse(match.Groups["low"].Value, CultureInfo.InvariantCulture);
        }

        DateOnly? ceasedOn = null;
        if (Field(ExtractColumn.CeasedOn) is { } ceasedText)
        {
            if (!DateOnly.TryParseExact(ceasedText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || !DateRange.Contains(day))
                return InvalidField(line, ExtractColumn.CeasedOn, "ceasedOnInvalid", $"\"{Shorten(ceasedText)}\" is not a date (e.g. 2024-05-31 or 31-05-2024).");
            ceasedOn = day;
        }

        PNumber? pNumber = null;
        if (Field(ExtractColumn.PNumber) is { } pText)
        {
            if (!PNumber.IsValid(pText))
                return InvalidField(line, ExtractColumn.PNumber, "pNumberInvalid", $"\"{Shorten(pText)}\" is not a P-number (10 digits, not starting with 0).");
            pNumber = PNumber.Parse(pText);
        }

        var address = street is null ? null : new Address(street, PostalCode.Parse(postalCode!), city!);
        return (new ExtractRow(line, Cvr.Parse(cvrText), name, address,
            industryText is null ? null : IndustryCode.Parse(industryText), employees, ceasedOn, pNumber), null);
    }

    private (ExtractRow?, InvalidRow?) InvalidField(int line, ExtractColumn column, string code, string reason) =>
        Invalid(line, ColumnName(column), code, reason);

    private static (ExtractRow?, InvalidRow?) Invalid(int line, string? column, string code, string reason) =>
        (null, new InvalidRow(line, column, code, reason));

    private string ColumnName(ExtractColumn column) => _header.First(h => h.Column == column).Name;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static ExtractColumn? ColumnOf(string name)
    {
        var key = new string(name.Trim().ToLowerInvariant().Where(c => c is not (' ' or '-' or '_' or '.')).ToArray());
        return ColumnNames.TryGetValue(key, out var column) ? column : null;
    }

    /// <summary>The file's lines with their numbers from 1, a byte order mark dropped, CRLF and LF alike.</summary>
    private static IEnumerable<(int Number, string Text)> Lines(byte[] content)
    {
        var start = content.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        using var reader = new StreamReader(new MemoryStream(content, start, content.Length - start), Utf8OrLatin1, detectEncodingFromByteOrderMarks: false);
        var number = 0;
        while (reader.ReadLine() is { } text) yield return (++number, text);
    }

    /// <summary>The fields of one line: RFC 4180 quoting within the line; an error when a quote is left open or text follows a closing quote.</summary>
    private static (List<string> Fields, string? Code, string? Error) Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                var opened = i++;
                while (true)
                {
                    if (i >= line.Length)
                        return (fields, "openQuote", $"The quote opened at character {opened + 1} of field {fields.Count + 1} is not closed on this line");
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(line[i++]);
                }
                if (i < line.Length && line[i] != delimiter)
                    return (fields, "textAfterQuote", $"Field {fields.Count + 1} has text after its closing quote");
            }
            else
            {
                while (i < line.Length && line[i] != delimiter) field.Append(line[i++]);
            }
            fields.Add(field.ToString());
            if (i >= line.Length) return (fields, null, null);
            i++; // the delimiter
        }
    }

    [GeneratedRegex(@"^(?<low>\d{1,7})(\s*[-–]\s*\d{1,7})?(\s*ansatte)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployeeBand();

    /// <summary>UTF-8 that reads a byte sequence that is not UTF-8 as Latin-1 instead of as a replacement character.</summary>
    private static readonly Encoding Utf8OrLatin1 = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new Latin1Fallback());

    private sealed class Latin1Fallback : DecoderFallback
    {
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private string _chars = "";
            private int _next;

            public override int Remaining => _chars.Length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _chars = Encoding.Latin1.GetString(bytesUnknown);
                _next = 0;
                return true;
            }

            public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0) return false;
                _next--;
                return true;
            }

            public override void Reset()
            {
                _chars = "";
                _next = 0;
            }
        }
    }
}
