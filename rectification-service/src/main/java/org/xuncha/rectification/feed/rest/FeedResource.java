package org.xuncha.rectification.feed.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.contract.Topics;
import org.xuncha.platform.feed.FeedEvent;
import org.xuncha.platform.feed.Feeds;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;

/** The notifications of feedback (一通报) to each supervising body over REST: the events of its topic, in order. */
@Path("/feeds")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final Feeds feeds;
    private final Caller caller;

    public FeedResource(Feeds feeds, Caller caller) {
        this.feeds = feeds;
        this.caller = caller;
    }

    @GET
    @Path("/discipline-commission")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.INTEGRATION})
    @Operation(operationId = "readDisciplineCommissionFeed", summary = "Read the discipline bodies' feed",
            description = "The events of topic `" + Topics.RECTIFICATION_TO_DISCIPLINE_COMMISSION + "`: the "
                    + "notifications of feedback to the discipline body liaising with each organization. " + Feeds.HOW)
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or wait")
    @APIResponse(responseCode = "403", description = "Not the commission, its system, the office or the leadership")
    public Page<FeedEvent> disciplineCommission(
            @Parameter(description = "The `next` of the previous answer") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "Seconds to wait for a first event when there is none yet")
            @QueryParam("wait") @DefaultValue("0") @Min(0) @Max(30) int wait) {
        return feeds.readFor(caller, Roles.DISCIPLINE, Topics.RECTIFICATION_TO_DISCIPLINE_COMMISSION, cursor, limit,
                Duration.ofSeconds(wait));
    }

    @GET
    @Path("/organization-department")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "readOrganizationDepartmentFeed", summary = "Read the organization department's feed",
            description = "The events of topic `" + Topics.RECTIFICATION_TO_ORGANIZATION_DEPARTMENT + "`: the "
                    + "notifications of feedback to the organization department. " + Feeds.HOW)
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or wait")
    @APIResponse(responseCode = "403", description = "Not the department, its system, the office or the leadership")
    public Page<FeedEvent> organizationDepartment(
            @Parameter(description = "The `next` of the previous answer") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "Seconds to wait for a first event when there is none yet")
            @QueryParam("wait") @DefaultValue("0") @Min(0) @Max(30) int wait) {
        return feeds.readFor(caller, Roles.ORGANIZATION, Topics.RECTIFICATION_TO_ORGANIZATION_DEPARTMENT, cursor, limit,
                Duration.ofSeconds(wait));
    }
}
