package org.xuncha.round.drive;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class DriveRepository implements PanacheRepositoryBase<SpecialDrive, UUID> {
}
