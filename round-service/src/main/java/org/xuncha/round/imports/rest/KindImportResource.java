package org.xuncha.round.imports.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.imports.RowImports;
import org.xuncha.round.imports.RowKind;

/** What the endpoint of a kind written a row at a time does: starts its job as the caller, answers 202. */
abstract class KindImportResource {

    private final RowKind kind;
    @Inject
    RowImports imports;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    KindImportResource(RowKind kind) {
        this.kind = kind;
    }

    Response start(UUID termId, ImportOptions options, InputStream body) {
        return ImportOptions.accepted(imports.start(kind, body, options.format(), options.charset, options.sheet, termId,
                options.dryRun, options.allOrNothing, caller.userId()), clock);
    }
}
