package org.xuncha.round.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FindingCategoryRepository implements PanacheRepositoryBase<FindingCategory, String> {
}
