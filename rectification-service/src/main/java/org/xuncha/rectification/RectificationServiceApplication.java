package org.xuncha.rectification;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Xuncha rectification-service", version = "4.0.0",
                description = "The \"231\" rectification workflow (双反馈 三签收 一通报) of inspected organizations: cases "
                        + "opened from feedback, sign-offs, ledgers, supervision. Every error is RFC 9457 problem JSON. "
                        + "A property without a value is left out: no answer carries JSON null; a property a schema lists "
                        + "as required is always there, any other may be absent."),
        tags = {
                @Tag(name = "Cases", description = "Rectification cases, one per inspection fed back"),
                @Tag(name = "Sign-off", description = "The triple sign-off (三签收), a conditional request on the case"),
                @Tag(name = "Ledger", description = "The rectification ledger (整改台账): items, evidence, 对账销号"),
                @Tag(name = "Plan and report", description = "The plan, the report with the truthfulness commitment, "
                        + "its public notice, the office's verification and the closing of the case"),
                @Tag(name = "Notifications", description = "The notifications of feedback (一通报) and their acknowledgement"),
                @Tag(name = "Supervision", description = "Supervision campaigns (双反馈一抄告), follow-ups (回访, 回头看) "
                        + "and escalations (集体约谈, 追责问责)"),
                @Tag(name = "Figures", description = "Rectification rate, items overdue, money recovered, rules established")
        })
public class RectificationServiceApplication extends Application {
}
