package org.xuncha.round.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Counts again what the triggers keep in the tallies, and names each tally that drifted. */
@ApplicationScoped
public class TallyRecount {

    private static final Map<String, String[]> RECOUNTS = Map.of(
            "finding_tally", new String[] {
                "select term_id, round_id, team_id, organization_type, category_code, state, findings from finding_tally where findings <> 0",
                "select term_id, round_id, team_id, organization_type, category_code, state, count(*) from finding group by 1, 2, 3, 4, 5, 6"},
            "finding_cadre_tally", new String[] {
                "select term_id, found_by, round_id, team_id, organization_type, state, findings from finding_cadre_tally where findings <> 0",
                "select term_id, found_by, round_id, team_id, organization_type, state, count(*) from finding where found_by is not null group by 1, 2, 3, 4, 5, 6"},
            "finding_organization_tally", new String[] {
                "select organization_id, findings from finding_organization_tally where findings <> 0",
                "select organization_id, count(*) from finding where state <> 'DRAFT' group by 1"},
            "followed_tally", new String[] {
                "select inspection_id, items_overdue_open, money_recovered, rules_established, persons_held_accountable from followed_tally",
                """
                select inspection_id, count(*) filter (where overdue and not closed),
                       coalesce(sum(money_recovered) filter (where closed), 0), coalesce(sum(rules_established) filter (where closed), 0),
                       coalesce(sum(persons_held_accountable) filter (where closed), 0)
                  from followed_item group by 1"""});

    private final EntityManager entityManager;

    public TallyRecount(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The tallies whose rows are not what counting the rows they tally gives now. */
    @Transactional
    public List<String> drifted() {
        List<String> drifted = new ArrayList<>();
        RECOUNTS.forEach((tally, queries) -> {
            Number differing = (Number) entityManager.createNativeQuery("select count(*) from ((%1$s except %2$s) union all (%2$s except %1$s)) d"
                    .formatted(queries[0], queries[1])).getSingleResult();
            if (differing.longValue() != 0) {
                drifted.add(tally + " (" + differing + " rows)");
            }
        });
        return drifted;
    }
}
