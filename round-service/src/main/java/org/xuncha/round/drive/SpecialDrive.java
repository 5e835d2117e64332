package org.xuncha.round.drive;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/**
 * A special rectification drive (专项整治, seeds 000 and 003), launched from a problem of a published
 * common problem list: the organizations taking part report their self-check (未巡先改) and then their
 * result, once each; the office concludes it once every participant has its result.
 */
@Entity
public class SpecialDrive {

    public static final int MAX_PARTICIPANTS = 2000;

    @Id
    private UUID id;

    private UUID termId;

    private UUID listId;

    private int problemPosition;

    private String title;

    private LocalDate launchedOn;

    @Enumerated(EnumType.STRING)
    private DriveState state;

    private LocalDate concludedOn;

    private String conclusion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "special_drive_participant", joinColumns = @JoinColumn(name = "drive_id"))
    private List<Participant> participants = new ArrayList<>();

    private String launchedBy;

    private OffsetDateTime launchedAt;

    @Version
    private long version;

    protected SpecialDrive() {
    }

    /** @param problemPositions the positions of the problems on the published list */
    public static SpecialDrive launch(UUID termId, UUID listId, List<Integer> problemPositions, int problemPosition,
            String title, LocalDate launchedOn, LocalDate today, String by, OffsetDateTime at) {
        if (!problemPositions.contains(problemPosition)) {
            throw InvalidInput.of("problemPosition", "names no problem of the published list");
        }
        if (launchedOn.isAfter(today)) {
            throw InvalidInput.of("launchedOn", "must not be after today (" + today + ")");
        }
        SpecialDrive drive = new SpecialDrive();
        drive.id = Ids.next();
        drive.termId = termId;
        drive.listId = listId;
        drive.problemPosition = problemPosition;
        drive.title = title;
        drive.launchedOn = launchedOn;
        drive.state = DriveState.LAUNCHED;
        drive.launchedBy = by;
        drive.launchedAt = at;
        return drive;
    }

    public void enlist(List<UUID> organizationIds) {
        requireLaunched("enlist organizations");
        for (int i = 0; i < organizationIds.size(); i++) {
            UUID organization = organizationIds.get(i);
            if (find(organization) >= 0) {
                throw new Duplicate("Organization " + organization + " takes part already");
            }
            participants.add(Participant.joining(organization));
        }
        if (participants.size() > MAX_PARTICIPANTS) {
            throw InvalidInput.of("organizationIds", "bring the drive beyond " + MAX_PARTICIPANTS + " participants");
        }
    }

    /** The participant's self-check, once, while launched, from the launch up to today. */
    public void selfCheck(UUID organizationId, LocalDate on, String text, int problemsFound, LocalDate today) {
        requireLaunched("take self-checks");
        int index = participant(organizationId);
        if (participants.get(index).selfCheckedOn() != null) {
            throw new Duplicate("The organization reported its self-check on " + participants.get(index).selfCheckedOn());
        }
        requireDay("selfCheckedOn", on, launchedOn, today);
        participants.set(index, participants.get(index).selfChecked(on, text, problemsFound));
    }

    /** The participant's result, once, after its self-check. */
    public void result(UUID organizationId, LocalDate on, String text, int problemsRectified, LocalDate today) {
        requireLaunched("take results");
        int index = participant(organizationId);
        Participant participant = participants.get(index);
        if (participant.selfCheckedOn() == null) {
            throw new Conflict("self-check-missing", "The organization reports its self-check before its result");
        }
        if (participant.resultOn() != null) {
            throw new Duplicate("The organization reported its result on " + participant.resultOn());
        }
        requireDay("resultOn", on, participant.selfCheckedOn(), today);
        if (problemsRectified > participant.problemsFound()) {
            throw InvalidInput.of("problemsRectified", "must not exceed the " + participant.problemsFound()
                    + " problems the self-check found");
        }
        participants.set(index, participant.concluded(on, text, problemsRectified));
    }

    /** LAUNCHED to CONCLUDED, once every participant (one at least) has its result. */
    public void conclude(LocalDate on, String text, LocalDate today) {
        requireLaunched("be concluded");
        if (participants.isEmpty()) {
            throw new Conflict("drive-without-participants", "No organization takes part in the drive");
        }
        long pending = participants.stream().filter(p -> p.resultOn() == null).count();
        if (pending > 0) {
            throw new Conflict("drive-results-missing", pending + " participants have not reported their result");
        }
        requireDay("concludedOn", on, launchedOn, today);
        state = DriveState.CONCLUDED;
        concludedOn = on;
        conclusion = text;
    }

    private int participant(UUID organizationId) {
        int index = find(organizationId);
        if (index < 0) {
            throw new NotFound("Participant of the drive, organization", organizationId);
        }
        return index;
    }

    private int find(UUID organizationId) {
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).organizationId().equals(organizationId)) {
                return i;
            }
        }
        return -1;
    }

    private void requireLaunched(String action) {
        if (state != DriveState.LAUNCHED) {
            throw new IllegalTransition("Special drive", id, state, action);
        }
    }

    private static void requireDay(String field, LocalDate day, LocalDate from, LocalDate today) {
        if (day.isAfter(today)) {
            throw InvalidInput.of(field, "must not be after today (" + today + ")");
        }
        if (day.isBefore(from)) {
            throw InvalidInput.of(field, "must not be before " + from);
        }
    }

    public boolean takesPart(UUID organizationId) {
        return find(organizationId) >= 0;
    }

    public UUID id() {
        return id;
    }

    public UUID termId() {
        return termId;
    }

    public UUID listId() {
        return listId;
    }

    public int problemPosition() {
        return problemPosition;
    }

    public String title() {
        return title;
    }

    public LocalDate launchedOn() {
        return launchedOn;
    }

    public DriveState state() {
        return state;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public String conclusion() {
        return conclusion;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public long version() {
        return version;
    }
}
