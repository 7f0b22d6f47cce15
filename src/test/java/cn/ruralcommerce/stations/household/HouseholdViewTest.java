package cn.ruralcommerce.stations.household;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Name masking keeps only the first character. */
class HouseholdViewTest {
    @Test
    void masksAllButTheFirstCharacter() {
        assertEquals("张**", HouseholdView.mask("张三丰"));
        assertEquals("李**", HouseholdView.mask("李四"));
        assertEquals("**", HouseholdView.mask(""));
    }
}
