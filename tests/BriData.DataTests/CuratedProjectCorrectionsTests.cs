namespace BriData.DataTests;

/// <summary>
/// Regressions for the curated-project findings of issue 13 (item 7): Route 5 Talca–Chillán, Chicoasén II, Bogotá Metro
/// Line 1 and Tren Maya section 1, asserted on the shipped data.
/// </summary>
public sealed class CuratedProjectCorrectionsTests
{
    private static FlagshipProject Project(string id) => BriDataset.Default.Projects.Single(p => p.Id == id);

    [Fact]
    public void Route_5_talca_chillan_is_operated_since_2021_04_01_while_its_upgrade_has_not_started()
    {
        var p = Project("chile-route-5-talca-chillan");
        p.Status.Should().Be(ProjectStatus.Operational);
        var operating = p.Milestones.Single(m => m.Kind == MilestoneKind.OperationsStarted);
        operating.Date.Should().Be(new PartialDate(2021, 4, 1));
        operating.SourceIds.Should().Contain("web-halconesypalomas-ruta5-crcc-2021-04-01");
        p.Milestones.Should().NotContain(m => m.Kind == MilestoneKind.ConstructionStarted, "the upgrade works have not begun");
        p.Milestones.Should().ContainSingle(m => m.Kind == MilestoneKind.Suspended && m.Date.Year == 2026);
    }

    [Fact]
    public void Chicoasen_ii_contract_ended_by_settlement_and_the_project_was_not_cancelled()
    {
        var p = Project("chicoasen-ii-hydropower");
        p.Status.Should().Be(ProjectStatus.UnderConstruction);
        p.Milestones.Should().NotContain(m => m.Kind == MilestoneKind.Cancelled);
        p.Milestones.Should().NotContain(m => m.Kind == MilestoneKind.OperationsStarted, "the plant was not in service in 2025");
        var ended = p.Milestones.Single(m => m.Kind == MilestoneKind.ContractEnded);
        ended.Date.Should().Be(new PartialDate(2021, 6, 30));
        p.Measures.Should().ContainSingle(m => m.Label == "construction progress" && m.Value == 45m && m.Bound == QuantityBound.AtLeast);
    }

    [Fact]
    public void Bogota_metro_keeps_the_usd_contract_value_as_approximate_beside_the_peso_costs_with_their_sources()
    {
        var p = Project("bogota-metro-line-1");
        var usd = p.Measures.Single(m => m.Label == "contract value");
        usd.Value.Should().Be(5_160_000_000m);
        usd.Bound.Should().NotBe(QuantityBound.Exact, "the reports of the contract value differ by more than a third");
        var pesos = p.Measures.Where(m => m.Unit.Symbol == "COP").ToList();
        pesos.Select(m => m.Value).Should().Contain([12_940_000_000_000m, 12_900_000_000_000m, 15_100_000_000_000m]);
        pesos.Should().OnlyContain(m => m.SourceIds.Count > 0);
        pesos.Should().NotContain(m => m.Value == 13_800_000_000_000m, "no source for COP 13.8 trillion was found");
    }

    [Fact]
    public void Tren_maya_section_1_keeps_the_peso_award_with_and_without_vat_and_marks_the_usd_234m_unreconciled()
    {
        var p = Project("tren-maya-section-1");
        p.Measures.Single(m => m.Label == "contract value").Value.Should().Be(13_394_000_000m);
        p.Measures.Single(m => m.Label == "contract value including VAT").Value.Should().Be(15_538_133_056.79m);
        p.Measures.Should().NotContain(m => m.Label == "contract value (alternative figure)" && m.Unit == MeasureUnit.Usd);
        p.Measures.Single(m => m.Label == "contract value (unreconciled figure)").Value.Should().Be(234_000_000m);
        p.Measures.Where(m => m.Unit.Symbol == "MXN").Select(m => m.Value).Should().Contain([33_479_000_000m, 38_612_000_000m]);
    }
}
