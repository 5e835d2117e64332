package org.xuncha.round;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Xuncha round-service", version = "4.0.0",
                description = "Registry of organizations, terms, rounds, teams, inspections, findings and feedback of a "
                        + "Party committee's inspection office (巡察办). Every error is RFC 9457 problem JSON. "
                        + "A property without a value is left out: no answer carries JSON null; a property a schema lists "
                        + "as required is always there, any other may be absent."),
        tags = {
                @Tag(name = "Registry", description = "Organizations that can be inspected (被巡察党组织)"),
                @Tag(name = "Planning", description = "Terms (届) and their rounds (巡察轮次)"),
                @Tag(name = "Teams", description = "Inspection teams (巡察组)"),
                @Tag(name = "Inspections", description = "One team inspecting one organization in one round (巡察任务)"),
                @Tag(name = "Findings", description = "Problems found (问题) and their taxonomy"),
                @Tag(name = "Feedback", description = "Feedback (反馈) to the inspected organization")
        })
public class RoundServiceApplication extends Application {
}
