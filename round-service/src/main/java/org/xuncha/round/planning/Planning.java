package org.xuncha.round.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/** Terms and the rounds within them. */
@ApplicationScoped
public class Planning {

    private final TermRepository terms;
    private final RoundRepository rounds;

    public Planning(TermRepository terms, RoundRepository rounds) {
        this.terms = terms;
        this.rounds = rounds;
    }

    @Transactional
    public Term openTerm(String name, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn != null && !endsOn.isAfter(startsOn)) {
            throw InvalidInput.of("endsOn", "must be after startsOn");
        }
        Term term = new Term(name, startsOn, endsOn);
        terms.persist(term);
        return term;
    }

    @Transactional
    public Round planRound(UUID termId, NewRound draft) {
        if (terms.findByIdOptional(termId).isEmpty()) {
            throw InvalidInput.of("termId", "names no term");
        }
        if (draft.kind() == RoundKind.SPECIAL && isBlank(draft.theme())) {
            throw InvalidInput.of("theme", "is required for a SPECIAL round");
        }
        if (draft.kind() == RoundKind.LINKED && isBlank(draft.partnerCommittee())) {
            throw InvalidInput.of("partnerCommittee", "is required for a LINKED round");
        }
        if (rounds.numberTaken(termId, draft.number())) {
            throw new Duplicate("The term already has a round number " + draft.number());
        }
        Round round = new Round(termId, draft.number(), draft.kind(), draft.theme(), draft.partnerCommittee(),
                draft.startsOn(), draft.batch());
        rounds.persist(round);
        return round;
    }

    /** Every term, newest first. */
    public List<Term> terms() {
        return terms.list("order by startsOn desc");
    }

    /** A term's rounds by number. */
    public List<Round> rounds(UUID termId) {
        term(termId);
        return rounds.list("termId = ?1 order by number", termId);
    }

    public Term term(UUID id) {
        return terms.findByIdOptional(id).orElseThrow(() -> new NotFound("Term", id));
    }

    public Round round(UUID id) {
        return findRound(id).orElseThrow(() -> new NotFound("Round", id));
    }

    public Optional<Round> findRound(UUID id) {
        return rounds.findByIdOptional(id);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** What planning a round takes. */
    public record NewRound(int number, RoundKind kind, String theme, String partnerCommittee, LocalDate startsOn,
            Integer batch) {
    }
}
