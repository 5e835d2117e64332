package org.xuncha.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolvedTest {

    private final List<String> lookedUp = new ArrayList<>();

    private String find(String key) {
        lookedUp.add(key);
        return key.startsWith("none") ? null : key.toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void aKeyIsLookedUpOnceWhileKept() {
        Resolved<String, String> resolved = new Resolved<>(10);
        assertEquals("A", resolved.get("a", this::find));
        assertEquals("A", resolved.get("a", this::find));
        assertEquals(List.of("a"), lookedUp);
    }

    @Test
    void pastTheLimitTheLeastRecentlyUsedIsForgottenAndLookedUpAgain() {
        Resolved<String, String> resolved = new Resolved<>(2);
        resolved.get("a", this::find);
        resolved.get("b", this::find);
        resolved.get("a", this::find); // a is now the most recently used
        resolved.get("c", this::find); // b goes
        assertEquals(2, resolved.size());
        resolved.get("a", this::find);
        resolved.get("b", this::find);
        assertEquals(List.of("a", "b", "c", "b"), lookedUp);
    }

    @Test
    void whatNamesNothingIsNotKept() {
        Resolved<String, String> resolved = new Resolved<>(10);
        assertNull(resolved.get("none", this::find));
        assertNull(resolved.get("none", this::find));
        assertEquals(List.of("none", "none"), lookedUp);
        assertEquals(0, resolved.size());
    }

    @Test
    void aForgottenKeyIsLookedUpAgain() {
        Resolved<String, String> resolved = new Resolved<>(10);
        resolved.get("a", this::find);
        resolved.forget("a");
        resolved.get("a", this::find);
        assertEquals(List.of("a", "a"), lookedUp);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Resolved<String, String>(0));
    }
}
