using System.Text;

namespace Scheduling.Exports.Tests;

/// <summary>An RFC 4180 reader written for the tests, independent of the writer: records of fields, quotes undone.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (field.Length == 0 && text[i] == '"')
            {
                for (i++; ; i++)
                {
                    if (i >= text.Length) throw new FormatException("a quoted field is not closed");
                    if (text[i] != '"') field.Append(text[i]);
                    else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                    else break;
                }

                i++;
                if (i < text.Length && text[i] is not (',' or '\r')) throw new FormatException($"text after a closing quote at {i}");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    i += 2;
                    break;
                case '"' or '\r' or '\n':
                    throw new FormatException($"'{text[i]}' outside quotes at {i}");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0) throw new FormatException("the last record has no line end");
        return records;
    }
}
