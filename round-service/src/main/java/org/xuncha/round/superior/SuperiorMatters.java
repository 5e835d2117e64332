package org.xuncha.round.superior;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.registry.Registry;

/** The office's ledger of what superior inspections handed down. */
@ApplicationScoped
public class SuperiorMatters {

    private final MatterRepository matters;
    private final Registry registry;
    private final Clock clock;

    public SuperiorMatters(MatterRepository matters, Registry registry, Clock clock) {
        this.matters = matters;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public SuperiorMatter receive(SuperiorBody body, MatterKind kind, String reference, String summary,
            UUID organizationId, LocalDate receivedOn, LocalDate deadline, Caller caller) {
        if (organizationId != null && registry.find(organizationId).isEmpty()) {
            throw InvalidInput.of("organizationId", "names no organization of the registry");
        }
        SuperiorMatter matter = SuperiorMatter.receive(body, kind, reference, summary, organizationId, receivedOn,
                deadline, today(), caller.userId(), OffsetDateTime.now(clock));
        if (matters.count("body = ?1 and reference = ?2", body, matter.reference()) > 0) {
            throw new Duplicate("The ledger already holds " + matter.reference() + " from the " + body + " inspection");
        }
        matters.persist(matter);
        return matter;
    }

    @Transactional
    public SuperiorMatter record(UUID id, Entry.Kind kind, LocalDate on, String note, Caller caller) {
        SuperiorMatter matter = get(id);
        matter.record(new Entry(kind, on, note, caller.userId()), today());
        return matter;
    }

    @Transactional
    public SuperiorMatter complete(UUID id, LocalDate on, String report) {
        SuperiorMatter matter = get(id);
        matter.complete(on, report, today());
        return matter;
    }

    public SuperiorMatter get(UUID id) {
        return matters.findByIdOptional(id).orElseThrow(() -> new NotFound("Superior matter", id));
    }

    /** A page of the ledger, oldest first; {@code overdue=true}: open past the deadline or completed after it. */
    public Page<SuperiorMatter> list(SuperiorBody body, MatterState state, Boolean overdue, UUID organizationId,
            String cursor, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (body != null) {
            conditions.add("body = :body");
            parameters.and("body", body);
        }
        if (state != null) {
            conditions.add("state = :state");
            parameters.and("state", state);
        }
        if (organizationId != null) {
            conditions.add("organizationId = :organization");
            parameters.and("organization", organizationId);
        }
        if (overdue != null) {
            String late = "((state = :open and deadline < :today) or (state = :completed and completedOn > deadline))";
            conditions.add(overdue ? late : "not " + late);
            parameters.and("open", MatterState.OPEN).and("completed", MatterState.COMPLETED).and("today", today());
        }
        if (cursor != null) {
            conditions.add("id > :after");
            try {
                parameters.and("after", Cursor.decode(cursor, 1).id(0));
            } catch (IllegalArgumentException notAnId) {
                throw InvalidInput.of("cursor", "is not a cursor of this list");
            }
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by id";
        return Page.of(matters.find(query, parameters).page(0, limit + 1).list(), limit, m -> Cursor.of(m.id()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
