package org.xuncha.round.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;

/** Questionnaires, their responses and the per-question tallies. */
@ApplicationScoped
public class Surveys {

    private final EntityManager entityManager;
    private final EvidenceGuard guard;
    private final Clock clock;

    public Surveys(EntityManager entityManager, EvidenceGuard guard, Clock clock) {
        this.entityManager = entityManager;
        this.guard = guard;
        this.clock = clock;
    }

    /** One answer of a response. */
    public record Answer(int number, boolean yes, String comment) {
    }

    /** How a question was answered. */
    public record Tally(int number, String question, long yes, long no, long comments) {
    }

    @Transactional
    public Survey open(UUID inspectionId, String title, List<String> questions, Caller caller) {
        guard.stationedInspectionOf(inspectionId, caller);
        Survey survey = new Survey(inspectionId, title, questions, OffsetDateTime.now(clock));
        entityManager.persist(survey);
        return survey;
    }

    /** Records one response (a questionnaire handed back); each question is answered at most once. */
    @Transactional
    public UUID respond(UUID surveyId, List<Answer> answers, Caller caller) {
        Survey survey = find(surveyId);
        guard.stationedInspectionOf(survey.inspectionId(), caller);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            int number = answers.get(i).number();
            if (!survey.asks(number)) {
                throw InvalidInput.of("answers[" + i + "].number", "is not a question of the survey (1 to "
                        + survey.questions().size() + ")");
            }
            if (!seen.add(number)) {
                throw InvalidInput.of("answers[" + i + "].number", "answers question " + number + " a second time");
            }
        }
        UUID responseId = Ids.next();
        entityManager.createNativeQuery("insert into survey_response (id, survey_id, submitted_at) values (:id, :survey, :at)")
                .setParameter("id", responseId).setParameter("survey", surveyId)
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        for (Answer answer : answers) {
            entityManager.createNativeQuery("""
                            insert into survey_answer (response_id, survey_id, number, yes, comment)
                            values (:response, :survey, :number, :yes, :comment)""")
                    .setParameter("response", responseId).setParameter("survey", surveyId)
                    .setParameter("number", answer.number()).setParameter("yes", answer.yes())
                    .setParameter("comment", answer.comment() == null || answer.comment().isBlank() ? null : answer.comment())
                    .executeUpdate();
        }
        return responseId;
    }

    /** Per question: how many answered yes, no, and how many left a comment. */
    @SuppressWarnings("unchecked")
    public List<Tally> tally(UUID surveyId, Caller caller) {
        Survey survey = get(surveyId, caller);
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select q.number, q.text,
                               count(a.response_id) filter (where a.yes),
                               count(a.response_id) filter (where not a.yes),
                               count(a.comment)
                          from survey_question q
                          left join survey_answer a on a.survey_id = q.survey_id and a.number = q.number
                         where q.survey_id = :survey
                         group by q.number, q.text order by q.number""")
                .setParameter("survey", survey.id()).getResultList();
        return rows.stream().map(row -> new Tally(((Number) row[0]).intValue(), (String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue())).toList();
    }

    public Survey get(UUID id, Caller caller) {
        Survey survey = find(id);
        guard.requireReadable(survey.inspectionId(), caller, "Survey", survey.id());
        return survey;
    }

    private Survey find(UUID id) {
        Survey survey = entityManager.find(Survey.class, id);
        if (survey == null) {
            throw new NotFound("Survey", id);
        }
        return survey;
    }
}
