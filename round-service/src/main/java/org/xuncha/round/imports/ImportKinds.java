package org.xuncha.round.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;
import org.xuncha.platform.imports.Columns;
import org.xuncha.platform.problem.NotFound;

/**
 * The kinds of import this service takes, found through CDI: each kind's {@link Columns} is a bean
 * (a static producer beside the kind's columns), so a new kind needs no change here.
 */
@ApplicationScoped
public class ImportKinds {

    private final Instance<Columns> kinds;

    public ImportKinds(@Any Instance<Columns> kinds) {
        this.kinds = kinds;
    }

    /** Every kind's name, sorted. */
    public List<String> names() {
        return kinds.stream().map(Columns::kind).sorted().toList();
    }

    /** The columns of a kind, by its name (organizations, history...). */
    public Optional<Columns> of(String kind) {
        return kinds.stream().filter(columns -> columns.kind().equals(kind)).findFirst();
    }

    /** The columns of a kind whose template is asked for; a 404 problem for an unknown kind. */
    public Columns template(String kind) {
        return of(kind).orElseThrow(() -> new NotFound("Import kind", kind + " (the kinds are " + names() + ")"));
    }
}
