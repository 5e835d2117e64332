package org.xuncha.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 20, 15, 30, 0, 123_456_000, ZoneOffset.ofHours(8));

    @Test
    void anUntouchedChainIsWhole() {
        List<AuditEntry> entries = chain(5);
        AuditChain chain = new AuditChain();

        assertThat(entries).allSatisfy(entry -> assertThat(chain.next(entry)).isEmpty());
        assertThat(chain.checked()).isEqualTo(5);
        assertThat(chain.headSeq()).isEqualTo(5);
        assertThat(chain.headHash()).isEqualTo(entries.get(4).hash());
    }

    @Test
    void anEditedEntryIsNamed() {
        List<AuditEntry> entries = chain(5);
        AuditEntry edited = entries.get(2);
        entries.set(2, new AuditEntry(edited.seq(), edited.occurredAt(), edited.actor(), edited.action(),
                edited.aggregate(), edited.aggregateId(), edited.before(), "{\"summary\": \"改过的\"}",
                edited.previousHash(), edited.hash()));

        assertThat(firstBreak(entries)).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.reason()).contains("does not match its hash");
        });
    }

    @Test
    void anEditedActorOrTimeIsNamedToo() {
        List<AuditEntry> entries = chain(3);
        AuditEntry first = entries.get(0);
        entries.set(0, new AuditEntry(first.seq(), first.occurredAt().plusNanos(1_000), first.actor(), first.action(),
                first.aggregate(), first.aggregateId(), first.before(), first.after(), first.previousHash(), first.hash()));

        assertThat(firstBreak(entries)).map(AuditChain.Break::seq).hasValue(1L);
    }

    @Test
    void aDeletedEntryIsNamedByTheOneAfterTheGap() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);

        assertThat(firstBreak(entries)).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.reason()).contains("entries 2 to 2 are missing");
        });
    }

    @Test
    void entriesRenumberedAfterADeletionAreNamed() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        AuditEntry moved = entries.get(1);
        entries.set(1, new AuditEntry(2, moved.occurredAt(), moved.actor(), moved.action(), moved.aggregate(),
                moved.aggregateId(), moved.before(), moved.after(), moved.previousHash(), moved.hash()));

        assertThat(firstBreak(entries)).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(2);
            assertThat(broken.reason()).contains("hash of the entry before it");
        });
    }

    @Test
    void swappedEntriesAreNamed() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        AuditEntry fourth = entries.get(3);
        entries.set(2, renumbered(fourth, 3));
        entries.set(3, renumbered(third, 4));

        assertThat(firstBreak(entries)).map(AuditChain.Break::seq).hasValue(3L);
    }

    @Test
    void theCanonicalFormIsUnambiguous() {
        AuditEntry a = new AuditEntry(1, AT, "ab", "INSERT", "c", "1", null, "{}", AuditChain.GENESIS, null);
        AuditEntry b = new AuditEntry(1, AT, "a", "INSERT", "bc", "1", null, "{}", AuditChain.GENESIS, null);

        assertThat(AuditChain.canonical(a)).isNotEqualTo(AuditChain.canonical(b));
        assertThat(AuditChain.canonical(a)).startsWith("1:1" + "16:" + AT.toInstant().getEpochSecond() + "123456" + "2:ab");
        assertThat(AuditChain.canonical(a)).contains("~2:{}");
    }

    @Test
    void lengthsAreCountedInUtf8Bytes() {
        AuditEntry entry = new AuditEntry(1, AT, "办公室", "INSERT", "lead", "1", null, null, AuditChain.GENESIS, null);

        assertThat(AuditChain.canonical(entry)).contains("9:办公室");
    }

    private static Optional<AuditChain.Break> firstBreak(List<AuditEntry> entries) {
        AuditChain chain = new AuditChain();
        for (AuditEntry entry : entries) {
            Optional<AuditChain.Break> broken = chain.next(entry);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    private static AuditEntry renumbered(AuditEntry entry, long seq) {
        return new AuditEntry(seq, entry.occurredAt(), entry.actor(), entry.action(), entry.aggregate(),
                entry.aggregateId(), entry.before(), entry.after(), entry.previousHash(), entry.hash());
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry unhashed = new AuditEntry(seq, AT.plusSeconds(seq), "user-office", seq == 1 ? "INSERT" : "UPDATE",
                    "lead", "0193a3c4-1f0e-7d22-a1f4-32e5b7c0d9a1", seq == 1 ? null : "{\"version\": " + (seq - 1) + "}",
                    "{\"version\": " + seq + "}", previous, null);
            String hash = AuditChain.hashOf(unhashed);
            entries.add(new AuditEntry(seq, unhashed.occurredAt(), unhashed.actor(), unhashed.action(), unhashed.aggregate(),
                    unhashed.aggregateId(), unhashed.before(), unhashed.after(), previous, hash));
            previous = hash;
        }
        return entries;
    }
}
