package org.xuncha.platform.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import job has already resolved, by key (an organization by its code, a case by its
 * inspection number), kept for the job so that rows naming the same thing cost no second lookup.
 * Bounded: past {@code limit} keys the least recently used is forgotten (and looked up again when
 * a row names it), so memory does not grow with the file. Only what was found is kept: a key that
 * names nothing is looked up again, so a row refused for it is refused by the database's answer of
 * the moment. A job that itself writes what it resolves forgets that key when it writes it.
 * Not thread-safe: one job, one thread.
 */
public final class Resolved<K, V> {

    /** Looks a key up; null when it names nothing. */
    @FunctionalInterface
    public interface Lookup<K, V, E extends Exception> {
        V find(K key) throws E;
    }

    private final Map<K, V> kept;

    public Resolved(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.kept = new LinkedHashMap<>(Math.min(limit, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > limit;
            }
        };
    }

    /** The value kept for the key, else what the lookup finds (kept when found); null when it names nothing. */
    public <E extends Exception> V get(K key, Lookup<? super K, ? extends V, E> lookup) throws E {
        V value = kept.get(key);
        if (value == null) {
            value = lookup.find(key);
            if (value != null) {
                kept.put(key, value);
            }
        }
        return value;
    }

    /** Forgets a key (the job has just written what it named). */
    public void forget(K key) {
        kept.remove(key);
    }

    /** How many keys are kept (at most the limit). */
    public int size() {
        return kept.size();
    }
}
