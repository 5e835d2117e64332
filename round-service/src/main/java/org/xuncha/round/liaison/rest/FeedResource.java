package org.xuncha.round.liaison.rest;

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
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.lead.LeadEvents;
import org.xuncha.round.lead.Leads;

/**
 * The events of each receiving body's topic over REST, for systems that do not consume Kafka: the
 * same envelopes, in the same order.
 */
@Path("/feeds")
@Tag(name = "Receiving bodies")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final Feeds feeds;
    private final Caller caller;
    private final ReadLog readLog;

    public FeedResource(Feeds feeds, Caller caller, ReadLog readLog) {
        this.feeds = feeds;
        this.caller = caller;
        this.readLog = readLog;
    }

    @GET
    @Path("/discipline-commission")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.INTEGRATION})
    @Operation(operationId = "readDisciplineCommissionFeed", summary = "Read the discipline commission's feed",
            description = "The events of topic `" + Topics.ROUND_TO_DISCIPLINE_COMMISSION + "`: the leads transferred "
                    + "to the commission and each later step, refused reports. " + Feeds.HOW)
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or wait")
    @APIResponse(responseCode = "403", description = "Not the commission, its system, the office or the leadership")
    public Page<FeedEvent> disciplineCommission(
            @Parameter(description = "The `next` of the previous answer") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "Seconds to wait for a first event when there is none yet")
            @QueryParam("wait") @DefaultValue("0") @Min(0) @Max(30) int wait) {
        return read(Topics.ROUND_TO_DISCIPLINE_COMMISSION, Roles.DISCIPLINE, cursor, limit, wait);
    }

    @GET
    @Path("/organization-department")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "readOrganizationDepartmentFeed", summary = "Read the organization department's feed",
            description = "The events of topic `" + Topics.ROUND_TO_ORGANIZATION_DEPARTMENT + "`: the leads "
                    + "transferred to the department and each later step, refused reports, opinions given. " + Feeds.HOW)
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or wait")
    @APIResponse(responseCode = "403", description = "Not the department, its system, the office or the leadership")
    public Page<FeedEvent> organizationDepartment(
            @Parameter(description = "The `next` of the previous answer") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "Seconds to wait for a first event when there is none yet")
            @QueryParam("wait") @DefaultValue("0") @Min(0) @Max(30) int wait) {
        return read(Topics.ROUND_TO_ORGANIZATION_DEPARTMENT, Roles.ORGANIZATION, cursor, limit, wait);
    }

    private Page<FeedEvent> read(String feed, String bodyRole, String cursor, int limit, int wait) {
        Page<FeedEvent> page = feeds.readFor(caller, bodyRole, feed, cursor, limit, Duration.ofSeconds(wait));
        readLog.listed(Leads.RECORD_KIND, LeadEvents.leadsShownIn(page.items())); // a lead's events carry the lead
        return page;
    }
}
