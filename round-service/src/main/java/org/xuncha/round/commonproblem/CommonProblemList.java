package org.xuncha.round.commonproblem;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A list of common problems (共性问题) published for every organization to check itself against (未巡先改). */
@Entity
public class CommonProblemList {

    @Id
    private UUID id;

    private UUID termId;

    private String title;

    private OffsetDateTime publishedAt;

    private String publishedBy;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "list_id", nullable = false)
    @OrderBy("position")
    private List<CommonProblem> problems = new ArrayList<>();

    protected CommonProblemList() {
    }

    public CommonProblemList(UUID termId, String title, List<CommonProblem> problems, String publishedBy,
            OffsetDateTime publishedAt) {
        this.id = Ids.next();
        this.termId = termId;
        this.title = title;
        this.problems.addAll(problems);
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID termId() {
        return termId;
    }

    public String title() {
        return title;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public List<CommonProblem> problems() {
        return List.copyOf(problems);
    }
}
