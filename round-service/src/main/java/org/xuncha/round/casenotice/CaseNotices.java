package org.xuncha.round.casenotice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.lead.ReceivingBody;
import org.xuncha.round.lead.LeadReports.Sender;
import org.xuncha.round.liaison.Fingerprint;
import org.xuncha.round.liaison.RefusalReason;
import org.xuncha.round.liaison.Refusals;
import org.xuncha.round.liaison.ReportRefusal;
import org.xuncha.round.liaison.ReportType;
import org.xuncha.round.registry.Registry;
import org.xuncha.round.team.Position;
import org.xuncha.round.team.TeamAccess;

/**
 * Case-opened notices from the discipline commission (seed 004 §16), over REST or on its topic alike:
 * once per commission's reference; a notice about an organization the registry does not know, or
 * that no inspection is stationed in or reporting on, is refused and recorded. Read by the office,
 * the leadership, the commission, and the leader of a team inspecting the organization when it came;
 * anyone else gets 404.
 */
@ApplicationScoped
public class CaseNotices implements PanacheRepositoryBase<CaseNotice, UUID> {

    /** The kind of record case notices are in the read log, their table. */
    public static final String RECORD_KIND = "case_notice";

    private final Registry registry;
    private final Inspections inspections;
    private final TeamAccess teamAccess;
    private final Refusals refusals;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ReadLog readLog;

    public CaseNotices(Registry registry, Inspections inspections, TeamAccess teamAccess, Refusals refusals,
            EntityManager entityManager, Clock clock, ReadLog readLog) {
        this.registry = registry;
        this.inspections = inspections;
        this.teamAccess = teamAccess;
        this.refusals = refusals;
        this.entityManager = entityManager;
        this.clock = clock;
        this.readLog = readLog;
    }

    /** What the commission says: the case, the person, the organization. */
    public record Notice(String reference, UUID organizationId, String personName, String personPost,
            LocalDate openedOn, String note) {

        String fingerprint() {
            return Fingerprint.of(ReportType.CASE_OPENED, organizationId, personName, personPost, openedOn, note);
        }
    }

    /** What became of a notice: recorded now, recorded before ({@code replayed}), or refused. */
    public record Outcome(CaseNotice notice, boolean replayed, ReportRefusal refusal) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Outcome receive(Sender sender, Notice notice) {
        if (sender.body() != ReceivingBody.DISCIPLINE_COMMISSION) {
            throw new Forbidden("The discipline commission tells of the cases it opens");
        }
        Refusals.Sent sent = new Refusals.Sent(sender.body(), sender.channel(), ReportType.CASE_OPENED,
                notice.reference(), null, notice.organizationId(), notice);
        CaseNotice earlier = find("sender = ?1 and reference = ?2", sender.body(), notice.reference()).firstResult();
        if (earlier != null) {
            return earlier.fingerprint().equals(notice.fingerprint()) ? new Outcome(earlier, true, null)
                    : refuse(sent, RefusalReason.REFERENCE_REUSED, "Reference " + notice.reference()
                            + " was used for another notice");
        }
        if (registry.find(notice.organizationId()).isEmpty()) {
            return refuse(new Refusals.Sent(sent.sender(), sent.channel(), sent.report(), sent.reference(), null, null,
                    notice), RefusalReason.UNKNOWN_ORGANIZATION, "names no organization of the registry");
        }
        List<UUID> underWay = entityManager.createNativeQuery("""
                        select id from inspection where organization_id = :organization
                           and state in ('STATIONED', 'REPORTING') order by id""", UUID.class)
                .setParameter("organization", notice.organizationId()).getResultList();
        if (underWay.isEmpty()) {
            return refuse(sent, RefusalReason.NOT_UNDER_INSPECTION, "Organization " + notice.organizationId()
                    + " is not under inspection: no inspection of it is stationed or reporting");
        }
        CaseNotice recorded = new CaseNotice(sender.body(), notice.reference(), notice.organizationId(),
                notice.personName(), notice.personPost(), notice.openedOn(), notice.note(), notice.fingerprint(),
                underWay, OffsetDateTime.now(clock), sender.userId());
        persist(recorded);
        return new Outcome(recorded, false, null);
    }

    /** The caller reads the notice, if they may know it exists: the read is logged. */
    public CaseNotice read(UUID id, Caller caller) {
        CaseNotice notice = readable(id, caller);
        readLog.read(RECORD_KIND, notice.id());
        return notice;
    }

    /** The notice, if the caller may know it exists. */
    public CaseNotice readable(UUID id, Caller caller) {
        return findByIdOptional(id).filter(notice -> mayRead(notice, caller))
                .orElseThrow(() -> new NotFound("Case notice", id));
    }

    /** A page of the notices the caller may read, oldest first, by inspection or organization; each one shown is logged. */
    public Page<CaseNotice> list(UUID inspectionId, UUID organizationId, String cursor, int limit, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP) && !caller.speaksFor(Roles.DISCIPLINE)) {
            if (!caller.hasRole(Roles.TEAM_LEADER) || caller.cadreId().isEmpty()) {
                return new Page<>(List.of(), null);
            }
            conditions.add("""
                    n.id in (select n2.id from CaseNotice n2 join n2.inspectionIds inspection
                              where inspection in (select i.id from Inspection i where i.teamId in
                                (select t.id from Team t join t.members m where m.cadreId = :self and m.position = :leader)))""");
            parameters.and("self", caller.cadreId().get()).and("leader", Position.LEADER);
        }
        if (inspectionId != null) {
            conditions.add(":inspectionId member of n.inspectionIds");
            parameters.and("inspectionId", inspectionId);
        }
        if (organizationId != null) {
            conditions.add("n.organizationId = :organizationId");
            parameters.and("organizationId", organizationId);
        }
        if (cursor != null) {
            conditions.add("n.id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Page<CaseNotice> page = Page.of(find("select n from CaseNotice n" + where + " order by n.id", parameters)
                .page(0, limit + 1).list(), limit, notice -> Cursor.of(notice.id()));
        readLog.listed(RECORD_KIND, page.items().stream().map(CaseNotice::id).toList());
        return page;
    }

    private boolean mayRead(CaseNotice notice, Caller caller) {
        if (caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP) || caller.speaksFor(Roles.DISCIPLINE)) {
            return true;
        }
        return notice.inspectionIds().stream().map(inspections::find).flatMap(java.util.Optional::stream)
                .anyMatch(inspection -> teamAccess.leads(inspection.teamId(), caller));
    }

    private Outcome refuse(Refusals.Sent sent, RefusalReason reason, String detail) {
        return new Outcome(null, false, refusals.refuse(sent, reason, detail));
    }
}
