package org.xuncha.round.drive;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.commonproblem.CommonProblem;
import org.xuncha.round.commonproblem.CommonProblemList;
import org.xuncha.round.commonproblem.CommonProblems;
import org.xuncha.round.registry.Registry;

/**
 * Special rectification drives: launched, enlisted and concluded by the office; each participant's
 * self-check and result reported by the office or the organization itself (UNIT).
 */
@ApplicationScoped
public class SpecialDrives {

    private final DriveRepository drives;
    private final CommonProblems commonProblems;
    private final Registry registry;
    private final Clock clock;

    public SpecialDrives(DriveRepository drives, CommonProblems commonProblems, Registry registry, Clock clock) {
        this.drives = drives;
        this.commonProblems = commonProblems;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public SpecialDrive launch(UUID listId, int problemPosition, String title, LocalDate launchedOn,
            List<UUID> organizationIds, Caller caller) {
        CommonProblemList list;
        try {
            list = commonProblems.get(listId);
        } catch (NotFound unknown) {
            throw InvalidInput.of("listId", "names no published common problem list");
        }
        SpecialDrive drive = SpecialDrive.launch(list.termId(), list.id(),
                list.problems().stream().map(CommonProblem::position).toList(), problemPosition, title, launchedOn,
                today(), caller.userId(), OffsetDateTime.now(clock));
        drive.enlist(known(organizationIds));
        drives.persist(drive);
        return drive;
    }

    @Transactional
    public SpecialDrive enlist(UUID id, List<UUID> organizationIds) {
        SpecialDrive drive = get(id);
        drive.enlist(known(organizationIds));
        return drive;
    }

    @Transactional
    public SpecialDrive selfCheck(UUID id, UUID organizationId, LocalDate on, String text, int found, Caller caller) {
        SpecialDrive drive = readable(id, caller);
        requireOfficeOrTheOrganization(organizationId, caller);
        drive.selfCheck(organizationId, on, text, found, today());
        return drive;
    }

    @Transactional
    public SpecialDrive result(UUID id, UUID organizationId, LocalDate on, String text, int rectified, Caller caller) {
        SpecialDrive drive = readable(id, caller);
        requireOfficeOrTheOrganization(organizationId, caller);
        drive.result(organizationId, on, text, rectified, today());
        return drive;
    }

    @Transactional
    public SpecialDrive conclude(UUID id, LocalDate on, String text) {
        SpecialDrive drive = get(id);
        drive.conclude(on, text, today());
        return drive;
    }

    public SpecialDrive get(UUID id) {
        return drives.findByIdOptional(id).orElseThrow(() -> new NotFound("Special drive", id));
    }

    /** The drive, for the office, the leadership, and a UNIT whose organization takes part. */
    public SpecialDrive readable(UUID id, Caller caller) {
        return drives.findByIdOptional(id).filter(drive -> caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP)
                        || caller.organizationId().filter(drive::takesPart).isPresent())
                .orElseThrow(() -> new NotFound("Special drive", id));
    }

    /** A page of a term's drives (or all), oldest first. */
    public Page<SpecialDrive> list(UUID termId, DriveState state, String cursor, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (termId != null) {
            query.append(" and termId = :term");
            parameters.and("term", termId);
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (cursor != null) {
            query.append(" and id > :after");
            parameters.and("after", parseId(Cursor.decode(cursor, 1).key(0)));
        }
        return Page.of(drives.find(query + " order by id", parameters).page(0, limit + 1).list(), limit,
                drive -> Cursor.of(drive.id()));
    }

    /** A page of a drive's participants, by organization id. */
    public Page<Participant> participants(UUID id, String cursor, int limit, Caller caller) {
        SpecialDrive drive = readable(id, caller);
        UUID after = cursor == null ? null : parseId(Cursor.decode(cursor, 1).key(0));
        List<Participant> rows = drive.participants().stream()
                .filter(p -> caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP)
                        || caller.organizationId().filter(p.organizationId()::equals).isPresent())
                .sorted(Comparator.comparing(Participant::organizationId))
                .filter(p -> after == null || p.organizationId().compareTo(after) > 0)
                .limit(limit + 1L).toList();
        return Page.of(rows, limit, p -> Cursor.of(p.organizationId()));
    }

    private List<UUID> known(List<UUID> organizationIds) {
        for (int i = 0; i < organizationIds.size(); i++) {
            if (registry.find(organizationIds.get(i)).isEmpty()) {
                throw InvalidInput.of("organizationIds[" + i + "]", "names no organization of the registry");
            }
        }
        return organizationIds;
    }

    private static void requireOfficeOrTheOrganization(UUID organizationId, Caller caller) {
        if (!caller.hasRole(Roles.OFFICE) && caller.organizationId().filter(organizationId::equals).isEmpty()) {
            throw new Forbidden("Only the office or the organization itself reports its self-check and result");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static UUID parseId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInput.of("cursor", "is not a cursor of this list");
        }
    }
}
