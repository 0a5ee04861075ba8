package io.github.pledgebook.iati;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.Stage;
import io.github.pledgebook.money.MoneyTotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Sector shares are exact: whatever the percentages and amounts, sectors plus unallocated equal the stage total. */
class SectorSplitPropertyTest {

    private static final int[] CODES = {11110, 12220, 15220, 15250, 31120, 72010};

    @Property(tries = 200)
    void sectorsPlusUnallocatedEqualTheTotalExactly(
            @ForAll @Size(min = 1, max = 5) List<@BigRange(min = "-1000000", max = "1000000000") @Scale(4) BigDecimal> values,
            @ForAll @Size(max = 6) List<@BigRange(min = "0", max = "100") @Scale(3) BigDecimal> percentages) {
        StringBuilder xml = new StringBuilder("<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\">"
                + "<iati-identifier>A-1</iati-identifier><reporting-org ref=\"DE-1\"><narrative>BMZ</narrative>"
                + "</reporting-org>");
        for (int i = 0; i < percentages.size(); i++) {
            xml.append("<sector code=\"").append(CODES[i]).append("\" percentage=\"")
                    .append(percentages.get(i).toPlainString()).append("\"/>");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            xml.append("<transaction><transaction-type code=\"2\"/><transaction-date iso-date=\"2021-01-0")
                    .append(i + 1).append("\"/><value>").append(values.get(i).toPlainString())
                    .append("</value></transaction>");
            sum = sum.add(values.get(i));
        }
        xml.append("</iati-activity></iati-activities>");
        IatiImport imported = Iati.read(xml);
        SectorTotals split = imported.sectorTotals(Stage.COMMITTED, LocalDate.of(2022, 1, 1));
        MoneyTotal added = split.unallocated();
        for (MoneyTotal t : split.bySector().values()) {
            added = added.plus(t);
        }
        MoneyTotal expected = MoneyTotal.of(Amounts.of(sum, "EUR")).withoutZeros();
        assertThat(added.withoutZeros()).isEqualTo(expected);
        assertThat(split.total()).isEqualTo(expected);
        for (int i = 0; i < percentages.size(); i++) {
            MoneyTotal share = split.bySector().getOrDefault(DacSectors.builtIn().sector(CODES[i]), MoneyTotal.empty());
            assertThat(share.decimal(Amounts.currency("EUR")))
                    .isEqualByComparingTo(sum.multiply(percentages.get(i)).divide(BigDecimal.valueOf(100)));
        }
    }
}
