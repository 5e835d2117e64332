package org.xuncha.round.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/** The registry of inspectable organizations. */
@ApplicationScoped
public class Registry {

    private final OrganizationRepository organizations;
    private final Clock clock;

    public Registry(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Transactional
    public Organization register(NewOrganization draft) {
        if (draft.parentId() != null && organizations.findByIdOptional(draft.parentId()).isEmpty()) {
            throw InvalidInput.of("parentId", "names no organization of the registry");
        }
        Organization organization = new Organization(draft.name(), draft.type(), draft.parentId(),
                draft.principalLeader(), draft.leaderInCharge(), draft.disciplineBody(), OffsetDateTime.now(clock));
        organizations.persist(organization);
        return organization;
    }

    public Optional<Organization> find(UUID id) {
        return organizations.findByIdOptional(id);
    }

    public Organization get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Organization", id));
    }

    /** What registering an organization takes. */
    public record NewOrganization(String name, OrganizationType type, UUID parentId, Leader principalLeader,
            Leader leaderInCharge, String disciplineBody) {
    }
}
