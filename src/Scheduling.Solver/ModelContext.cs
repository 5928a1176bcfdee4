using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Solver;

/// <summary>
/// The CP-SAT model under construction: one boolean per employee × day × shift alternative, the worked-day
/// booleans, the real intervals of every alternative on every day, and the weighted penalty terms.
/// Constraint families add to it; only this class and they know CP-SAT.
/// <para>
/// A shift alternative is a template, and in a problem that plans several units a (template, unit) pair: the
/// person works at most one alternative a day, every rule about the person reads the alternatives of a template
/// alike (<see cref="Alternatives"/>), and the cover rows of a unit count only the alternatives at that unit
/// (<see cref="UnitAt"/>). A problem of one unit has exactly its templates as alternatives, in order.
/// </para>
/// </summary>
internal sealed class ModelContext
{
    private readonly List<(LinearExpr Expr, long Weight, string Rule)> objective = [];
    private readonly Dictionary<(string Rule, int Employee, int Day), BoolVar> guards = [];
    private readonly Dictionary<Type, object> shared = [];
    private readonly int[] templateOf;
    private readonly UnitId?[] unitOf;
    private readonly int[][] alternatives;

    public ModelContext(RosterProblem problem, bool explain, CancellationToken cancellation = default)
    {
        Problem = problem;
        Cancellation = cancellation;
        Explain = explain;
        Model = new CpModel();
        E = problem.Employees.Length;
        D = problem.Period.Days;
        var units = problem.Units.IsEmpty ? [null] : problem.Units.Select(u => (UnitId?)u.Id).ToArray();
        templateOf = [.. units.SelectMany(_ => Enumerable.Range(0, problem.Templates.Length))];
        unitOf = [.. units.SelectMany(u => Enumerable.Repeat(u, problem.Templates.Length))];
        alternatives = [.. problem.Templates.Select((_, t) => Enumerable.Range(0, templateOf.Length).Where(p => templateOf[p] == t).ToArray())];
        T = templateOf.Length;
        X = new BoolVar[E, D, T];
        Works = new BoolVar[E, D];
        Intervals = new Interval[D, T];
        WorkMinutes = new long[D, T];
        for (var d = 0; d < D; d++)
            for (var t = 0; t < T; t++)
            {
                var template = problem.Templates[templateOf[t]];
                var date = problem.Period.DateOf(d);
                Intervals[d, t] = template.IntervalOn(date, problem.Period.Zone);
                WorkMinutes[d, t] = (long)template.WorkingTimeOn(date, problem.Period.Zone).TotalMinutes;
            }

        foreach (var e in Employees)
            for (var d = 0; d < D; d++)
            {
                var day = new BoolVar[T];
                for (var t = 0; t < T; t++)
                    day[t] = X[e, d, t] = Model.NewBoolVar($"x_{e}_{d}_{t}");
                // one-shift-per-day is structural: works(e,d) is then exactly the sum of the day's shifts.
                Works[e, d] = Model.NewBoolVar($"w_{e}_{d}");
                Model.Add(LinearExpr.Sum(day) == Works[e, d]);
                // unit-access is structural too: no alternative at a unit the employee may not work at.
                for (var t = 0; t < T; t++)
                    if (!problem.Employees[e].MayWorkAt(unitOf[t])) Model.Add(day[t] == 0);
            }
    }

    public RosterProblem Problem { get; }
    public CpModel Model { get; }

    /// <summary>Stops a build: the structure and each family stop at the next employee (a family of a year-long unit takes seconds).</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>
    /// The employees' indices, for a loop that adds each one's variables or constraints; a cancelled build stops at the
    /// next one with <see cref="OperationCanceledException"/>.
    /// </summary>
    public IEnumerable<int> Employees
    {
        get
        {
            for (var e = 0; e < E; e++)
            {
                Cancellation.ThrowIfCancellationRequested();
                yield return e;
            }
        }
    }

    /// <summary>When true, hard constraints are guarded by assumption literals to explain infeasibility.</summary>
    public bool Explain { get; }

    public int E { get; }
    public int D { get; }
    public int T { get; }

    /// <summary>x[e,d,t]: employee e works shift alternative t starting on day d.</summary>
    public BoolVar[,,] X { get; }

    /// <summary>works[e,d]: employee e works some shift starting on day d.</summary>
    public BoolVar[,] Works { get; }

    /// <summary>The real interval of alternative t's template on day d (DST-aware).</summary>
    public Interval[,] Intervals { get; }

    /// <summary>Working minutes of template t on day d: real length less the unpaid break.</summary>
    public long[,] WorkMinutes { get; }

    /// <summary>The shifts before the period, as constants (empty when the problem has no history).</summary>
    public HistoryShifts History => history ??= new HistoryShifts(Problem);

    private HistoryShifts? history;

    public IReadOnlyDictionary<(string Rule, int Employee, int Day), BoolVar> Guards => guards;

    public int EmployeeIndex(EmployeeId id) => Problem.Employees.IndexOf(Problem.EmployeeById[id]);

    /// <summary>The shift alternatives of template <paramref name="code"/>: one per unit (one in a problem of one unit).</summary>
    public IReadOnlyList<int> Alternatives(ShiftCode code) => alternatives[Problem.Templates.IndexOf(Problem.TemplateByCode[code])];

    /// <summary>The alternative of <paramref name="code"/> at <paramref name="unit"/> (null in a problem of one unit).</summary>
    public int AlternativeAt(ShiftCode code, UnitId? unit) => Alternatives(code).First(t => unitOf[t] == unit);

    /// <summary>The alternative an assignment names (its template at its unit), or null when the problem has none such.</summary>
    public int? AlternativeOf(Assignment assignment)
    {
        if (!Problem.TemplateByCode.ContainsKey(assignment.Shift)) return null;
        var unit = Problem.UnitOf(assignment);
        foreach (var t in Alternatives(assignment.Shift))
            if (unitOf[t] == unit) return t;
        return null;
    }

    /// <summary>The template of alternative <paramref name="t"/>.</summary>
    public ShiftTemplate TemplateAt(int t) => Problem.Templates[templateOf[t]];

    /// <summary>The unit of alternative <paramref name="t"/>; null in a problem of one unit.</summary>
    public UnitId? UnitAt(int t) => unitOf[t];

    /// <summary>1 when employee e works template <paramref name="code"/> on day d, at whichever unit.</summary>
    public LinearExpr WorksShift(int e, int d, ShiftCode code) => LinearExpr.Sum(Alternatives(code).Select(t => X[e, d, t]));

    public IEnumerable<BoolVar> DayShifts(int e, int d)
    {
        for (var t = 0; t < T; t++) yield return X[e, d, t];
    }

    /// <summary>The rule whose family is adding constraints now; penalties are booked to it.</summary>
    public string CurrentRule { get; set; } = "";

    /// <summary>Adds <paramref name="weight"/> × <paramref name="expr"/> to the objective, booked to a rule.</summary>
    public void Penalize(LinearExpr expr, long weight, string? rule = null)
    {
        if (weight != 0) objective.Add((expr, weight, rule ?? CurrentRule));
    }

    /// <summary>The objective's terms by rule, to compare with the checker's penalty by rule.</summary>
    public IEnumerable<(string Rule, LinearExpr Expr, long Weight)> ObjectiveTerms => objective.Select(o => (o.Rule, o.Expr, o.Weight));

    /// <summary>
    /// Enforces a hard constraint. In explain mode it holds only under an assumption literal named by
    /// (rule, employee, day), so CP-SAT can say which of them conflict.
    /// </summary>
    public void Require(Constraint constraint, string rule, int employee = -1, int day = -1)
    {
        if (Explain) constraint.OnlyEnforceIf(Guard(rule, employee, day));
    }

    /// <summary>A new variable equal to max(0, <paramref name="expr"/>): exact, so the objective equals the checker's penalty.</summary>
    public IntVar PositivePart(LinearExpr expr, long upperBound, string name)
    {
        var v = Model.NewIntVar(0, Math.Max(0, upperBound), name);
        Model.AddMaxEquality(v, [expr, LinearExpr.Constant(0)]);
        return v;
    }

    /// <summary>A new boolean equal to the conjunction of <paramref name="literals"/>.</summary>
    public BoolVar And(IReadOnlyList<ILiteral> literals, string name)
    {
        var v = Model.NewBoolVar(name);
        foreach (var l in literals) Model.AddImplication(v, l);
        Model.AddBoolOr([.. literals.Select(l => l.Not()), v]);
        return v;
    }

    /// <summary>Terms built once and used by several families (e.g. the cost terms of cost and budget).</summary>
    public T Shared<T>(Func<ModelContext, T> create) where T : class
    {
        if (!shared.TryGetValue(typeof(T), out var value))
        {
            value = create(this);
            shared.Add(typeof(T), value);
        }

        return (T)value;
    }

    public bool HasObjective { get; private set; }

    public void SetObjective()
    {
        if (objective.Count == 0) return;
        HasObjective = true;
        Model.Minimize(LinearExpr.WeightedSum(objective.Select(o => o.Expr), objective.Select(o => o.Weight)));
    }

    private BoolVar Guard(string rule, int employee, int day)
    {
        if (!guards.TryGetValue((rule, employee, day), out var guard))
        {
            guard = Model.NewBoolVar($"guard_{rule}_{employee}_{day}");
            guards.Add((rule, employee, day), guard);
        }

        return guard;
    }
}
