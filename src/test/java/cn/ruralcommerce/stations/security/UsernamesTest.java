package cn.ruralcommerce.stations.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One spelling per login name; what no name can be is no name. */
class UsernamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"padvictim", "padvictim ", "  padvictim", "PadVictim", "PADVICTIM\t", "ｐａｄｖｉｃｔｉｍ", "ＰＡＤｖｉｃｔｉｍ "})
    void everySpellingIsOneName(String typed) {
        assertEquals("padvictim", Usernames.canonical(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ab", "pad victim", "pad\u0000victim", "张三", "pad'victim", "admin--;"})
    void whatNoNameCanBeIsNull(String typed) {
        assertNull(Usernames.canonical(typed), typed);
    }

    @org.junit.jupiter.api.Test
    void overlongInputIsNoName() {
        assertNull(Usernames.canonical("a".repeat(65)));
        assertNull(Usernames.canonical("a".repeat(100_000)));
        assertEquals("a".repeat(64), Usernames.canonical("A".repeat(64)));
    }
}
