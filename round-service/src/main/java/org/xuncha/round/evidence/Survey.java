package org.xuncha.round.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A questionnaire (问卷调查, 民主测评): numbered yes/no questions, each answered with free text. */
@Entity
public class Survey {

    @Id
    private UUID id;

    private UUID inspectionId;

    private String title;

    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderBy("number")
    private List<Question> questions = new ArrayList<>();

    /** A yes/no question. */
    @Embeddable
    public record Question(int number, String text) {
    }

    protected Survey() {
    }

    public Survey(UUID inspectionId, String title, List<String> questionTexts, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.title = title;
        this.createdAt = createdAt;
        for (int i = 0; i < questionTexts.size(); i++) {
            questions.add(new Question(i + 1, questionTexts.get(i)));
        }
    }

    public boolean asks(int number) {
        return number >= 1 && number <= questions.size();
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public String title() {
        return title;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }
}
