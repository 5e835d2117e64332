package org.xuncha.rectification;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Xuncha rectification-service", version = "1",
                description = "The \"231\" rectification workflow (双反馈 三签收 一通报) of inspected organizations: cases "
                        + "opened from feedback, sign-offs, ledgers, supervision. Every error is RFC 9457 problem JSON."),
        tags = {
                @Tag(name = "Cases", description = "Rectification cases, one per inspection fed back"),
                @Tag(name = "Ledger", description = "The rectification ledger (整改台账) of a case")
        })
public class RectificationServiceApplication extends Application {
}
