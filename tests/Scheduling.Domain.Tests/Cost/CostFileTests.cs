using Scheduling.Domain.Calendar;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Tests.Cost;

public class CostFileTests
{
    private static string File(string cost, string rules = """{ "id": "cost", "weight": 2, "parameters": { "kinds": ["BASE", "UNSOCIAL_HOURS"] } }, { "id": "budget" }""") => $$"""
        {
          "period": { "startDate": "2027-03-22", "days": 7 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [ { "id": "A", "employmentRate": 50 }, { "id": "B", "employmentRate": 75 } ],
          "rulePack": { "id": "p", "rules": [ {{rules}} ] },
          "cost": {{cost}}
        }
        """;

    private const string Full = """
        {
          "version": "solbacken-2027", "source": "HR 2027-02",
          "hourlyDivisor": 165, "socialFeeFactor": 1.41, "defaultMonthlyPay": 28000,
          "pay": [ { "employee": "A", "monthlyPay": 31500 } ],
          "additionalHoursPercent": 100, "overtimePercent": 180, "autumnExtraHourPercent": 240,
          "substitutes": { "hourlyCost": 260, "markupPercent": 15 },
          "budget": 150000,
          "unsocialHours": {
            "id": "local-2027", "source": "local agreement",
            "windows": [
              { "code": "evening", "name": "Kväll", "kronorPerHour": 30.50, "openings": [ { "days": ["MONDAY", "TUESDAY"], "from": "18:00", "to": "22:00" } ] },
              { "code": "holiday", "kronorPerHour": 70, "openings": [ { "beforeHoliday": true, "from": "19:00", "to": "07:00", "toNextWorkingDay": true } ] },
              { "code": "big", "kronorPerHour": 140, "onlyInMajorHolidays": true, "openings": [ { "from": "00:00", "to": "00:00" } ] }
            ],
            "majorHolidays": [ { "name": "Easter", "anchor": "EASTER_SUNDAY", "firstDay": -2, "lastDay": 1, "from": "19:00", "to": "07:00" } ]
          }
        }
        """;

    [Fact]
    public void Reads_every_field_of_the_cost_section()
    {
        var problem = ProblemFileReader.Read(File(Full));
        var cost = problem.Cost!;
        Assert.Equal("solbacken-2027", cost.Version);
        Assert.Equal(1.41m, cost.SocialFeeFactor);
        Assert.Equal(31500m, cost.MonthlyPayOf(new EmployeeId("A")));
        Assert.Equal(28000m, cost.MonthlyPayOf(new EmployeeId("B")));
        Assert.Equal(240m, cost.AutumnExtraHourPercent);
        Assert.Equal(HourlyRate.FromKronor(299m), cost.Substitutes!.Rate);
        Assert.Equal(150000, cost.Budget);
        var table = cost.UnsocialHours;
        Assert.Equal("local-2027", table.Id);
        Assert.Equal(["evening", "holiday", "big"], table.Windows.Select(w => w.Code).ToArray());
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday], table.Windows[0].Openings[0].Days.ToArray());
        Assert.Empty(table.Windows[1].Openings[0].Days);
        Assert.True(table.Windows[1].Openings[0].ToNextWorkingDay);
        Assert.Equal(1, table.Windows[2].Openings[0].DaysLater);
        Assert.Equal(HolidayAnchor.EasterSunday, Assert.Single(table.MajorHolidays).Anchor);

        var rule = problem.Rules.Get<CostRule>()!;
        Assert.Equal(2, rule.Enforcement.Weight);
        Assert.Equal([CostKind.Base, CostKind.UnsocialHours], rule.Kinds.ToArray());
        Assert.True(problem.Rules.Get<BudgetRule>()!.Enforcement.IsHard);
    }

    [Fact]
    public void Without_a_table_the_default_applies_and_the_default_pack_gains_the_cost_rule()
    {
        var json = """
            {
              "period": { "startDate": "2027-03-22", "days": 7 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
              "employees": [ { "id": "A", "employmentRate": 50 } ],
              "cost": { "socialFeeFactor": 1.4, "pay": [ { "employee": "A", "monthlyPay": 30000 } ] }
            }
            """;
        var problem = ProblemFileReader.Read(json);
        Assert.Same(UnsocialHoursTable.KommunalHok2026, problem.Cost!.UnsocialHours);
        Assert.Null(problem.Cost.Substitutes);
        Assert.Equal(165m, problem.Cost.HourlyDivisor);
        Assert.NotNull(problem.Rules.Get<CostRule>());
        Assert.Null(problem.Rules.Get<BudgetRule>());
    }

    [Fact]
    public void Errors_name_their_field_under_cost()
    {
        var bad = """
            {
              "socialFeeFactor": 0.5, "hourlyDivisor": 0, "overtimePercent": 90, "budget": -1,
              "pay": [ { "employee": "A" }, { "employee": "ghost", "monthlyPay": 30000 } ],
              "substitutes": { "markupPercent": 900 },
              "unsocialHours": {
                "windows": [
                  { "code": "w", "kronorPerHour": 1.234, "openings": [ { "days": ["FUNDAY"], "from": "25:00", "to": "07:00", "daysLater": 9 } ] },
                  { "code": "w", "kronorPerHour": 1, "openings": [ { "from": "19:00", "to": "22:00" } ] },
                  { "code": "w", "kronorPerHour": 2, "openings": [ { "from": "19:00", "to": "22:00" } ] },
                  { "code": "v", "kronorPerHour": 1, "openings": [] }
                ],
                "majorHolidays": [ { "name": "X", "anchor": "MAY_POLE", "firstDay": 0, "lastDay": 1, "from": "18:00", "to": "07:00" } ]
              }
            }
            """;
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File(bad)));
        var fields = ex.Errors.Select(e => e.Field).ToHashSet();
        foreach (var field in new[]
                 {
                     "cost.pay[0].monthlyPay", "cost.socialFeeFactor", "cost.hourlyDivisor", "cost.overtimePercent", "cost.budget",
                     "cost.substitutes.hourlyCost", "cost.substitutes.markupPercent",
                     "cost.unsocialHours.windows[0].kronorPerHour", "cost.unsocialHours.windows[0].openings[0].days[0]",
                     "cost.unsocialHours.windows[0].openings[0].from", "cost.unsocialHours.windows[0].openings[0].daysLater",
                     "cost.unsocialHours.windows[3].openings", "cost.unsocialHours.windows", "cost.unsocialHours.majorHolidays[0].anchor",
                 })
            Assert.True(fields.Contains(field), $"{field} not in {string.Join(" | ", fields)}");
        Assert.DoesNotContain("cost", fields);
        Assert.DoesNotContain("cost.unsocialHours.windows[0]", fields);
    }

    [Fact]
    public void Unknown_employee_in_pay_and_a_cost_rule_always_soft()
    {
        var ghost = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File("""{ "socialFeeFactor": 1.4, "defaultMonthlyPay": 30000, "pay": [ { "employee": "ghost", "monthlyPay": 30000 } ] }""", """{ "id": "cost" }""")));
        Assert.Equal("cost.pay[0].employee", Assert.Single(ghost.Errors).Field);

        var hard = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File("""{ "socialFeeFactor": 1.4, "defaultMonthlyPay": 30000 }""", """{ "id": "cost", "hard": true }""")));
        Assert.Equal("rulePack.rules[0].hard", Assert.Single(hard.Errors).Field);

        var kinds = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File("""{ "socialFeeFactor": 1.4, "defaultMonthlyPay": 30000 }""", """{ "id": "cost", "parameters": { "kinds": ["OB"] } }""")));
        Assert.Equal("rulePack.rules[0].parameters.kinds[0]", Assert.Single(kinds.Errors).Field);
    }
}
