package cn.ruralcommerce.stations.security;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JWT_SECRET is the key as given, at least 32 bytes; only the demo and dev/test run on a random key. */
class JwtKeysTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void aLongEnoughSecretIsTheKeyAsGiven() {
        assertEquals(SECRET, JwtKeys.resolve(SECRET, false, Set.of()));
        assertEquals(SECRET, JwtKeys.resolve(SECRET, true, Set.of("test")), "also in the demo");
    }

    @Test
    void aShortSecretStopsTheStartEvenInTheDemo() {
        String shortOne = "省".repeat(10); // 30 bytes in UTF-8
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> JwtKeys.resolve(shortOne, true, Set.of()));
        assertTrue(e.getMessage().contains("JWT_SECRET has 30 bytes; it must have at least 32"), e.getMessage());
    }

    @Test
    void noSecretOutsideTheDemoStopsTheStart() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> JwtKeys.resolve("", false, Set.of("cloud")));
        assertTrue(e.getMessage().startsWith("JWT_SECRET is not set"), e.getMessage());
    }

    @Test
    void theDemoAndDevelopmentSignWithARandomKeyPerProcess() {
        String demo = JwtKeys.resolve("", true, Set.of());
        String dev = JwtKeys.resolve(null, false, Set.of("dev"));
        assertTrue(demo.getBytes(StandardCharsets.UTF_8).length >= 32);
        assertNotEquals(demo, dev);
        assertNotEquals(demo, JwtKeys.resolve("", true, Set.of()));
    }
}
