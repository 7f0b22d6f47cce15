package cn.ruralcommerce.stations.imports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The formula guard never lets a cell start with a formula character, and unguarding gives back any text exactly. */
class SpreadsheetCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 138", "-5", "@SUM(A1)", "'=1+1", "''@x", "'plain", "''", "'", "plain", "中渡村, \"一号\"", ""})
    void guardThenUnguardGivesTheTextBack(String text) {
        String guarded = SpreadsheetCells.guard(text);
        assertEquals(text, SpreadsheetCells.unguard(guarded));
        assertFalse(!guarded.isEmpty() && "=+-@".indexOf(guarded.charAt(0)) >= 0, "a guarded cell cannot start a formula: " + guarded);
    }
}
