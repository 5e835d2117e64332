package org.xuncha.round.commonproblem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.finding.FindingCategoryRepository;
import org.xuncha.round.planning.Planning;

/** Common problems (共性问题): proposed from a term's findings, published as lists. */
@ApplicationScoped
public class CommonProblems {

    private final EntityManager entityManager;
    private final Planning planning;
    private final FindingCategoryRepository categories;
    private final Clock clock;

    public CommonProblems(EntityManager entityManager, Planning planning, FindingCategoryRepository categories,
            Clock clock) {
        this.entityManager = entityManager;
        this.planning = planning;
        this.categories = categories;
        this.clock = clock;
    }

    /**
     * The term's confirmed findings grouped by category and organization type, those recurring in
     * at least {@code minOrganizations} organizations or flagged by a team, most widespread first.
     */
    @SuppressWarnings("unchecked")
    public List<Proposal> proposals(UUID termId, int minOrganizations) {
        planning.term(termId);
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select f.category_code, c.name, f.organization_type, count(distinct f.organization_id),
                               count(*), bool_or(f.common_problem_candidate)
                          from finding f join finding_category c on c.code = f.category_code
                         where f.term_id = :term and f.state <> 'DRAFT'
                         group by f.category_code, c.name, f.organization_type
                        having count(distinct f.organization_id) >= :min or bool_or(f.common_problem_candidate)
                         order by 4 desc, 5 desc, 1, 3""")
                .setParameter("term", termId).setParameter("min", minOrganizations).getResultList();
        return rows.stream().map(row -> new Proposal((String) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), (Boolean) row[5])).toList();
    }

    @Transactional
    public CommonProblemList publish(UUID termId, String title, List<CommonProblem> problems, Caller caller) {
        planning.term(termId);
        for (int i = 0; i < problems.size(); i++) {
            if (categories.findByIdOptional(problems.get(i).categoryCode()).isEmpty()) {
                throw InvalidInput.of("problems[" + i + "].categoryCode", "is not a category of the finding taxonomy");
            }
        }
        CommonProblemList list = new CommonProblemList(termId, title, problems, caller.userId(), OffsetDateTime.now(clock));
        entityManager.persist(list);
        return list;
    }

    public List<CommonProblemList> published(UUID termId) {
        return entityManager.createQuery("from CommonProblemList where termId = :term order by publishedAt desc",
                CommonProblemList.class).setParameter("term", termId).getResultList();
    }

    public CommonProblemList get(UUID id) {
        CommonProblemList list = entityManager.find(CommonProblemList.class, id);
        if (list == null) {
            throw new NotFound("Common problem list", id);
        }
        return list;
    }
}
