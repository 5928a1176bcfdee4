using System.Net;
using Microsoft.AspNetCore.Html;
using NodaTime;
using Scheduling.Domain.Reporting;

namespace Scheduling.Api.Pages.Review;

/// <summary>
/// Server-rendered SVG of one day's coverage for one competence: hours 0–24 across, staff present as a
/// solid step line against the minimum (dashed) and the ideal (dotted); shortfalls shaded red (below the
/// minimum) or amber (below the ideal), surpluses blue. The chart is an image with a text summary; the
/// same facts are listed in a table beside it.
/// </summary>
public static class CoverageChart
{
    private const double Width = 320, Height = 84, Left = 22, Right = 6, Top = 6, Bottom = 16;

    /// <summary>Slots of one competence ("" for all staff) on each date, the highest need where patterns overlap.</summary>
    public static IEnumerable<(LocalDate Date, string Competence, IReadOnlyList<SlotCoverage> Slots)> ByDay(IEnumerable<SlotCoverage> slots) =>
        slots.GroupBy(s => (s.From.Date, Competence: s.Competence?.Value ?? ""))
            .OrderBy(g => g.Key.Date).ThenBy(g => g.Key.Competence, StringComparer.Ordinal)
            .Select(g => (g.Key.Date, g.Key.Competence, (IReadOnlyList<SlotCoverage>)[.. g.GroupBy(s => s.From)
                .Select(x => x.First() with { Minimum = x.Max(s => s.Minimum), Ideal = x.Max(s => s.Ideal) })
                .OrderBy(s => s.From)]));

    public static string KindOf(SlotCoverage s) => s.Present < s.Minimum ? "below-minimum" : s.Present < s.Ideal ? "below-ideal" : s.Present > s.Ideal ? "surplus" : "";

    /// <summary>Consecutive slots of the same kind and counts, merged.</summary>
    public static List<CoverageRun> Runs(IEnumerable<(LocalDate Date, string Competence, IReadOnlyList<SlotCoverage> Slots)> days)
    {
        var runs = new List<CoverageRun>();
        foreach (var (_, competence, slots) in days)
        {
            CoverageRun? open = null;
            foreach (var s in slots)
            {
                var kind = KindOf(s);
                if (open is not null && open.To == s.From && open.Kind == kind && open.Present == s.Present && open.Minimum == s.Minimum && open.Ideal == s.Ideal)
                {
                    open = open with { To = s.To };
                    continue;
                }

                if (open is { Kind.Length: > 0 }) runs.Add(open);
                open = new CoverageRun(s.From, s.To, competence, s.Present, s.Minimum, s.Ideal, kind);
            }

            if (open is { Kind.Length: > 0 }) runs.Add(open);
        }

        return runs;
    }

    private static double Hour(LocalDateTime t, LocalDate day) => Period.Between(day.AtMidnight(), t, PeriodUnits.Minutes).Minutes / 60.0;

    public static IHtmlContent Svg(LocalDate date, string competenceLabel, IReadOnlyList<SlotCoverage> slots, string summary)
    {
        var max = Math.Max(1, slots.Max(s => Math.Max(s.Present, s.Ideal)));
        double X(double hour) => Left + Math.Clamp(hour, 0, 24) / 24 * (Width - Left - Right);
        double Y(int count) => Top + (1 - (double)count / max) * (Height - Top - Bottom);
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        var id = $"c{date:yyyyMMdd}{competenceLabel.GetHashCode(StringComparison.Ordinal) & 0xffff:x}";
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {F(Width)} {F(Height)}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}\">{WebUtility.HtmlEncode(competenceLabel)}: {WebUtility.HtmlEncode(summary)}</title>");
        foreach (var h in new[] { 0, 6, 12, 18, 24 })
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(h))}\" x2=\"{F(X(h))}\" y1=\"{F(Top)}\" y2=\"{F(Height - Bottom)}\" stroke=\"#d0d7de\"/><text x=\"{F(X(h))}\" y=\"{F(Height - 4)}\" text-anchor=\"middle\">{h:00}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{F(Top + 8)}\">{max}</text><text x=\"2\" y=\"{F(Height - Bottom)}\">0</text>");
        foreach (var s in slots)
        {
            var kind = KindOf(s);
            if (kind.Length == 0) continue;
            var colour = kind switch { "below-minimum" => "#f4a3ae", "below-ideal" => "#ffd88a", _ => "#a9c9f0" };
            var (from, to) = (Hour(s.From, date), Hour(s.To, date));
            var (low, high) = kind == "surplus" ? (s.Ideal, s.Present) : (s.Present, kind == "below-minimum" ? s.Minimum : s.Ideal);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(from))}\" width=\"{F(Math.Max(0.5, X(to) - X(from)))}\" y=\"{F(Y(high))}\" height=\"{F(Math.Max(1, Y(low) - Y(high)))}\" fill=\"{colour}\" shape-rendering=\"crispEdges\"/>");
        }

        Step(svg, slots, date, s => s.Ideal, X, Y, "#0f6b2f", "stroke-dasharray=\"1.5 2\"");
        Step(svg, slots, date, s => s.Minimum, X, Y, "#b00020", "stroke-dasharray=\"5 3\"");
        Step(svg, slots, date, s => s.Present, X, Y, "#12355b", "stroke-width=\"2\"");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Step(StringBuilder svg, IReadOnlyList<SlotCoverage> slots, LocalDate date, Func<SlotCoverage, int> value, Func<double, double> x, Func<int, double> y, string colour, string style)
    {
        var path = new StringBuilder();
        LocalDateTime? last = null;
        foreach (var s in slots)
        {
            var (from, to) = (Hour(s.From, date), Hour(s.To, date));
            path.Append(CultureInfo.InvariantCulture, $"{(last == s.From ? 'L' : 'M')}{x(from):0.#},{y(value(s)):0.#}L{x(to):0.#},{y(value(s)):0.#}");
            last = s.To;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" {style}/>");
    }
}
